package org.npkg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.npkg.extract.OntologyLexicon;

/**
 * Rules for each concept: typed with a facet class, exactly one skos:prefLabel, a
 * skos:definition; and across concepts, no label that the extractor would read as the name of two
 * concepts (normalised the extractor's way, by building its lexicon).
 */
final class ConceptLint {

    /** The lexicon's conflict message: label "X" of IRI already belongs to IRI. */
    private static final Pattern CONFLICT = Pattern.compile("label \"(.*)\" of (\\S+) already belongs to (\\S+)");

    private final Terms terms;
    private final SourceLines source;

    ConceptLint(Terms terms, SourceLines source) {
        this.terms = terms;
        this.source = source;
    }

    /** The concepts, sorted by IRI. */
    List<Resource> concepts() {
        TreeSet<String> iris = new TreeSet<>();
        terms.model().listSubjects().forEachRemaining(s -> {
            if (terms.isConcept(s)) {
                iris.add(s.getURI());
            }
        });
        return iris.stream().map(terms.model()::createResource).toList();
    }

    List<Issue> check(List<Resource> concepts) {
        List<Issue> issues = new ArrayList<>();
        for (Resource concept : concepts) {
            String curie = Terms.curie(concept);
            String where = source.of(curie);
            if (concept.listProperties(RDF.type).toList().stream()
                    .noneMatch(t -> t.getObject().isResource() && terms.isFacet(t.getResource()))) {
                issues.add(Issue.violation("facet", where, concept.getURI(), curie + " is not typed with a facet class "
                        + "(np:Intervention, np:Mechanism, np:BrainRegion, ... or a subclass of np:DomainConcept)"));
            }
            int prefLabels = concept.listProperties(SKOS.prefLabel).toList().size();
            if (prefLabels != 1) {
                issues.add(Issue.violation("pref-label", where, concept.getURI(), curie + " has " + prefLabels
                        + " skos:prefLabel values; a concept has exactly one"));
            }
            if (!concept.hasProperty(SKOS.definition)) {
                issues.add(Issue.violation("definition", where, concept.getURI(), curie + " has no skos:definition"));
            }
        }
        issues.addAll(labelConflicts());
        return issues;
    }

    private List<Issue> labelConflicts() {
        List<Issue> issues = new ArrayList<>();
        for (String conflict : OntologyLexicon.from(terms.model()).conflicts()) {
            Matcher m = CONFLICT.matcher(conflict);
            if (m.matches()) {
                String label = m.group(1);
                String concept = Terms.curie(m.group(2));
                issues.add(Issue.violation("label-conflict", source.of(concept, label), m.group(2), "label \"" + label + "\" of "
                        + concept + " normalises like a label of " + Terms.curie(m.group(3))
                        + ", so the extractor would read it as that concept"));
            } else {
                issues.add(Issue.violation("label-conflict", source.folder(), null, conflict));
            }
        }
        return issues;
    }
}
