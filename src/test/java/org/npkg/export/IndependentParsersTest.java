package org.npkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.npkg.build.CorpusStore;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;
import org.npkg.vocabulary.NP;

/**
 * Every RDF export of the real corpus read back by Jena and by a parser that shares no code with
 * it — Raptor's rapper, and for JSON-LD the npm jsonld package — with the same number of
 * statements: the store's quads for N-Quads and TriG, its distinct triples for the rest.
 */
class IndependentParsersTest {

    private static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) (triples|statements)");

    @TempDir
    static Path tmp;
    private static long quads;
    private static long triples;
    private static long graphs;
    private static Store store;

    @BeforeAll
    static void counts() throws Exception {
        store = CorpusStore.get();
        quads = store.read(ds -> ds.asDatasetGraph().stream().count());
        triples = store.read(ds -> ds.asDatasetGraph().stream().map(q -> q.asTriple()).distinct().count());
        graphs = store.read(ds -> org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
    }

    private static Path export(ExportFormat format) throws Exception {
        Path file = tmp.resolve("export." + format.name().toLowerCase(Locale.ROOT));
        if (!Files.exists(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                store.read(ds -> {
                    Exporter.of(format, Path.of("ontology", "context.jsonld")).write(ds, out);
                    return null;
                });
            }
        }
        return file;
    }

    private static long expected(ExportFormat format) {
        return format.isQuads() ? quads : triples;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "KGX")
    void jenaReadsEveryStatementBack(ExportFormat format) throws Exception {
        Path file = export(format);
        if (format.isQuads()) {
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(file).lang(format.lang()).parse(back);
            assertEquals(quads, back.stream().count());
            assertEquals(graphs, org.apache.jena.atlas.iterator.Iter.count(back.listGraphNodes()));
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(format.lang()).parse(back);
            assertEquals(triples, back.size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "NTRIPLES", "NQUADS", "TRIG", "RDFXML"})
    void rapperReadsTheSameNumberOfStatements(ExportFormat format) throws Exception {
        assumeTrue(ExternalTools.onPath("rapper"), "rapper is not installed (apt-get install raptor2-utils)");
        String syntax = switch (format) {
            case TURTLE -> "turtle";
            case NTRIPLES -> "ntriples";
            case NQUADS -> "nquads";
            case TRIG -> "trig";
            default -> "rdfxml";
        };
        ExternalTools.Result r = ExternalTools.run(List.of("rapper", "-i", syntax, "-c", export(format).toString()), 120);
        assertEquals(0, r.code(), r.err());
        Matcher m = RAPPER_COUNT.matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals(expected(format), Long.parseLong(m.group(1)), format + ": " + r.err());
    }

    @Test
    void theJsonldPackageReadsTheSameNumberOfTriples() throws Exception {
        Path modules = ExternalTools.jsonldModules();
        assumeTrue(modules != null, "node and the npm jsonld package are not available");
        Path script = Path.of("src", "test", "resources", "export", "count-jsonld.js").toAbsolutePath();
        ExternalTools.Result r = ExternalTools.run(
                List.of("node", script.toString(), modules.toString(), export(ExportFormat.JSONLD).toString()), 120);
        assertEquals(0, r.code(), r.err());
        assertEquals(triples, Long.parseLong(r.out().strip()));
    }

    @Test
    void jsonldIsCompactUnderNpkgsContext() throws Exception {
        String json = Files.readString(export(ExportFormat.JSONLD));
        assertTrue(json.stripLeading().startsWith("{\n    \"@context\""), json.substring(0, 80));
        assertTrue(json.contains("\"subject\": \"np:"), "terms of ontology/context.jsonld are used");
        assertTrue(json.contains("\"evidence\": \"npd:evidence/"));
    }

    @Test
    void quadExportsCarryEveryDocumentTheOntologyAndTheInferredGraph() throws Exception {
        String nquads = Files.readString(export(ExportFormat.NQUADS));
        assertTrue(nquads.contains("<" + NP.inferredGraph.getURI() + "> ."), "inferred graph is exported");
        assertTrue(nquads.contains("<" + NP.ontologyGraph.getURI() + "> ."));
        assertEquals(4 + 2, graphs, "four documents, the ontology and the inferred graph");
    }
}
