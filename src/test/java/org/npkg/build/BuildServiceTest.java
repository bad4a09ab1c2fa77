package org.npkg.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.graph.GraphException;
import org.npkg.query.QueryLibrary;
import org.npkg.query.QueryRunner;
import org.npkg.query.ResultFormat;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;

/** The whole pipeline on data/corpus: what the README promises an analyst. */
class BuildServiceTest {

    @TempDir
    static Path temp;
    private static Store store;
    private static BuildReport report;

    @BeforeAll
    static void build() throws Exception {
        report = BuildService.builder().corpus(Path.of("data", "corpus")).store(temp.resolve("store")).build().run();
        store = Store.at(temp.resolve("store"));
    }

    /** The values of the query's first variable, read inside the transaction (TDB2 nodes resolve lazily). */
    private static List<String> select(String sparql) throws Exception {
        return store.read(ds -> {
            try (QueryExecution execution = QueryExecution.dataset(ds).query(sparql).build()) {
                List<String> values = new java.util.ArrayList<>();
                var results = execution.execSelect();
                String variable = results.getResultVars().get(0);
                results.forEachRemaining(row -> values.add(row.get(variable).toString()));
                return values;
            }
        });
    }

    private static final String PREFIXES = "PREFIX np: <https://w3id.org/npkg/ontology#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @Test
    void everyDocumentIsReadAndCounted() {
        assertEquals(4, report.documents());
        assertTrue(report.sentences() > 300, "sentences: " + report.sentences());
        assertTrue(report.findings() > 200, "findings: " + report.findings());
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
    }

    @Test
    void theTrkbAnswerNamesTheModalitiesTheReportsTieToTrkb() throws Exception {
        String csv = store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryRunner.builder().dataset(ds).format(ResultFormat.CSV).build()
                    .run(QueryLibrary.resolve(Path.of("queries"), "modalities-converging-on"), out);
            return out.toString(StandardCharsets.UTF_8);
        });
        for (String modality : List.of("psychedelics", "antidepressants", "repetitive transcranial magnetic stimulation",
                "electroconvulsive therapy")) {
            assertTrue(csv.contains("\n" + modality + ","), modality + " missing from\n" + csv);
        }
    }

    @Test
    void everyFindingBehindTheTrkbAnswerIsStatedBySentenceNamingTrkb() throws Exception {
        List<String> rows = select(PREFIXES + """
                SELECT ?text WHERE {
                  ?f np:object/skos:broader* np:TrkB ; np:polarity np:Affirmed ; np:subject ?s ;
                     np:evidence/np:text ?text .
                  ?s a np:Intervention .
                }""");
        assertFalse(rows.isEmpty());
        for (String row : rows) {
            String text = row.toLowerCase(Locale.ROOT);
            assertTrue(text.contains("trkb") || text.contains("tropomyosin"), text);
        }
    }

    @Test
    void deniedClaimsAreNeverAffirmed() throws Exception {
        List<String> affirmed = select(PREFIXES + """
                SELECT ?s WHERE {
                  VALUES ?s { np:RTMS np:ECT }
                  ?f np:subject ?s ; np:object np:Neurogenesis ; np:polarity np:Affirmed ;
                     np:evidence/np:text ?text .
                  FILTER(CONTAINS(?text, "neither rTMS nor ECT"))
                }""");
        assertTrue(affirmed.isEmpty(), affirmed.toString());
        List<String> negated = select(PREFIXES + """
                SELECT ?f WHERE {
                  ?f np:subject np:Ketamine ; np:object np:DendriticSpineDensity ; np:polarity np:Negated ;
                     np:evidence/np:text ?text .
                  FILTER(CONTAINS(?text, "no increase in spine density"))
                }""");
        assertEquals(1, negated.size());
    }

    @Test
    void everyFindingLinksToItsSentenceDocumentSectionAndOffsets() throws Exception {
        List<String> incomplete = select(PREFIXES + """
                SELECT ?f WHERE {
                  ?f a np:Finding .
                  FILTER NOT EXISTS {
                    ?f np:evidence ?e . ?e np:text ?t ; np:inDocument ?d ; np:section ?sec ;
                       np:charStart ?start ; np:charEnd ?end .
                    ?d np:sourcePath ?path .
                    FILTER(?start < ?end)
                  }
                }""");
        assertTrue(incomplete.isEmpty(), incomplete.size() + " findings lack evidence");
    }

    @Test
    void twoBuildsOfTheSameCorpusGiveIdenticalSortedNQuads() throws Exception {
        Store again = Store.at(temp.resolve("again"));
        BuildService.builder().corpus(Path.of("data", "corpus")).store(again.dir()).build().run();
        assertArrayEquals(nquads(store), nquads(again));
    }

    @Test
    void oneAndTwoExtractionThreadsGiveIdenticalSortedNQuads() throws Exception {
        Store one = Store.at(temp.resolve("one-thread"));
        Store two = Store.at(temp.resolve("two-threads"));
        BuildReport sequential = BuildService.builder().corpus(Path.of("data", "corpus")).store(one.dir()).threads(1)
                .build().run();
        BuildReport parallel = BuildService.builder().corpus(Path.of("data", "corpus")).store(two.dir()).threads(2)
                .build().run();
        assertEquals(sequential.triples(), parallel.triples());
        assertEquals(sequential.findings(), parallel.findings());
        assertArrayEquals(nquads(one), nquads(two));
    }

    private static byte[] nquads(Store store) throws Exception {
        return store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(ExportFormat.NQUADS).write(ds, out);
            return out.toByteArray();
        });
    }

    @Test
    void aBrokenDocumentIsSkippedByNameAndTheRestBuilds(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("data/corpus/rtms-ect-psychedelics-ssri-neuroplasticity.md"), corpus.resolve("good.md"));
        Files.write(corpus.resolve("broken.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        BuildReport partial = BuildService.builder().corpus(corpus).store(dir.resolve("store")).build().run();
        assertEquals(1, partial.documents());
        assertEquals(1, partial.warnings().size());
        assertTrue(partial.warnings().get(0).contains("broken.txt"), partial.warnings().get(0));
    }

    @Test
    void aBrokenOntologyStopsTheBuildAndLeavesTheStoreUntouched(@TempDir Path dir) throws Exception {
        Path ontology = Files.createDirectories(dir.resolve("ontology"));
        for (Path file : Files.newDirectoryStream(Path.of("ontology"), "*.ttl")) {
            Files.copy(file, ontology.resolve(file.getFileName()));
        }
        Files.writeString(ontology.resolve("regions.ttl"), "\nnp:Broken a ;\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = nquads(store);
        GraphException e = assertThrows(GraphException.class, () -> BuildService.builder()
                .corpus(Path.of("data", "corpus")).ontology(ontology).store(store.dir()).build().run());
        assertTrue(e.getMessage().contains("regions.ttl:"), e.getMessage());
        assertArrayEquals(before, nquads(store));
    }

}
