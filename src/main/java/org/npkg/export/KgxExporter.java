package org.npkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.TDB2;
import org.npkg.store.Prefixes;
import org.npkg.vocabulary.NP;

/**
 * Writes the graph as KGX TSV: {@code nodes.tsv} (every domain concept, with Biolink categories)
 * and {@code edges.tsv} (every finding as one edge, with a Biolink predicate, its sentence as
 * {@code supporting_text} and the DOIs it cites as {@code publications}). Negated findings are
 * edges with {@code negated} true, as Biolink models them. Identifiers are CURIEs with npkg's
 * prefixes ({@code np:}, {@code npd:}). Call inside a read transaction.
 */
public final class KgxExporter {

    public static final String NODES = "nodes.tsv";
    public static final String EDGES = "edges.tsv";

    static final List<String> NODE_COLUMNS = List.of("id", "category", "name", "description", "synonym", "xref",
            "provided_by");
    static final List<String> EDGE_COLUMNS = List.of("id", "subject", "predicate", "object", "category", "negated",
            "original_predicate", "knowledge_level", "agent_type", "primary_knowledge_source", "publications",
            "supporting_text", "supporting_document", "npkg_certainty", "npkg_regions", "npkg_species", "npkg_onset");

    private static final String SOURCE = "infores:npkg";
    private static final Query NODES_QUERY = resource("kgx-nodes.rq");
    private static final Query EDGES_QUERY = resource("kgx-edges.rq");

    private final BiolinkMapping mapping;

    private KgxExporter(BiolinkMapping mapping) {
        this.mapping = mapping;
    }

    public static KgxExporter of(BiolinkMapping mapping) {
        return new KgxExporter(mapping);
    }

    public void writeNodes(Dataset dataset, OutputStream out) {
        Model union = dataset.getUnionModel();
        try (Tsv tsv = new Tsv(out, NODE_COLUMNS)) {
            select(dataset, NODES_QUERY, row -> tsv.row(List.of(
                    curie(row.get("concept")),
                    String.join("|", mapping.categories(row.getResource("concept"), union)),
                    Tsv.single(text(row, "name")),
                    Tsv.single(text(row, "description")),
                    text(row, "synonyms"),
                    text(row, "xrefs"),
                    SOURCE)));
        }
    }

    public void writeEdges(Dataset dataset, OutputStream out) {
        try (Tsv tsv = new Tsv(out, EDGE_COLUMNS)) {
            select(dataset, EDGES_QUERY, row -> tsv.row(List.of(
                    curie(row.get("finding")),
                    curie(row.get("subject")),
                    mapping.predicate(row.getResource("relation").getURI()),
                    curie(row.get("object")),
                    "biolink:Association",
                    Boolean.toString(NP.Negated.equals(row.getResource("polarity"))),
                    curie(row.get("relation")),
                    "knowledge_assertion",
                    "text_mining_agent",
                    SOURCE,
                    publications(text(row, "dois")),
                    Tsv.single(text(row, "sentence")),
                    Tsv.single(text(row, "file")),
                    row.contains("certainty") ? curie(row.get("certainty")) : "",
                    curies(text(row, "regions")),
                    curies(text(row, "speciesList")),
                    Tsv.single(text(row, "onset")))));
        }
    }

    private static void select(Dataset dataset, Query query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String curie(RDFNode node) {
        return node.isURIResource() ? Prefixes.standard().shortForm(node.asResource().getURI()) : node.toString();
    }

    private static String curies(String iris) {
        return iris.isEmpty() ? "" : Arrays.stream(iris.split("\\|")).map(Prefixes.standard()::shortForm)
                .sorted().collect(Collectors.joining("|"));
    }

    /** DOIs as {@code doi:10.…} CURIEs, the form Biolink's publications slot takes. */
    private static String publications(String iris) {
        return iris.isEmpty() ? "" : Arrays.stream(iris.split("\\|"))
                .map(iri -> iri.startsWith(NP.DOI_RESOLVER) ? "doi:" + iri.substring(NP.DOI_RESOLVER.length()) : iri)
                .sorted().collect(Collectors.joining("|"));
    }

    private static Query resource(String name) {
        try (InputStream in = KgxExporter.class.getResourceAsStream(name)) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new ExportException("export-mapping", "missing query resource " + name, e);
        }
    }
}
