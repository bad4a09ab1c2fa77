package org.npkg.query;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Finds concepts by label: a case-insensitive match on {@code skos:prefLabel} or
 * {@code skos:altLabel} in any graph. The label is bound as a literal, never spliced.
 */
final class ConceptLookup {

    private static final Query BY_LABEL = SparqlParsing.parse("""
            SELECT DISTINCT ?concept WHERE {
              { ?concept skos:prefLabel ?label } UNION { ?concept skos:altLabel ?label }
              FILTER(LCASE(STR(?label)) = LCASE(STR(?wanted)))
            } ORDER BY ?concept""");

    private static final Query ALL_LABELS = SparqlParsing.parse("""
            SELECT DISTINCT ?label WHERE {
              { ?concept skos:prefLabel ?label } UNION { ?concept skos:altLabel ?label }
            }""");

    private static final int MAX_SUGGESTIONS = 5;

    private final Dataset dataset;

    ConceptLookup(Dataset dataset) {
        this.dataset = dataset;
    }

    List<Resource> byLabel(String label) {
        QuerySolutionMap values = new QuerySolutionMap();
        values.add("wanted", ResourceFactory.createStringLiteral(label));
        return Sparql.select(dataset, BY_LABEL, values, s -> s.getResource("concept"));
    }

    /** Up to five labels close to the given text: containing it, or a few edits away. */
    List<String> similarLabels(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        int maxEdits = Math.max(2, wanted.length() / 4);
        List<String> labels = Sparql.select(dataset, ALL_LABELS, new QuerySolutionMap(),
                s -> s.getLiteral("label").getLexicalForm());
        return labels.stream()
                .filter(l -> closeness(wanted, l.toLowerCase(Locale.ROOT)) <= maxEdits)
                .sorted(Comparator.comparingInt((String l) -> closeness(wanted, l.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static int closeness(String a, String b) {
        if (a.length() >= 3 && (b.contains(a) || a.contains(b))) {
            return 1;
        }
        return Levenshtein.distance(a, b);
    }
}
