package org.npkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npkg.build.CorpusStore;
import org.npkg.store.Store;
import org.npkg.vocabulary.NP;

/**
 * The question library on the four reports of data/corpus. Each test checks an answer the
 * reports state plainly, not a table, so a better extractor still passes.
 */
class LibraryAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static QueryLibrary library;
    private static Store store;

    @BeforeAll
    static void build() throws Exception {
        library = QueryLibrary.load(Path.of("queries"));
        store = CorpusStore.get();
    }

    /** The rows of a library question as variable → value (lexical form or IRI), read inside the transaction. */
    private static List<Map<String, String>> rows(String name, String... params) throws Exception {
        QueryFile file = library.find(name);
        return store.read(ds -> {
            QueryRunner.Builder runner = QueryRunner.builder().dataset(ds).format(ResultFormat.JSON);
            for (int i = 0; i < params.length; i += 2) {
                runner.param(params[i], params[i + 1]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            runner.build().run(file, out);
            return parse(out.toByteArray());
        });
    }

    private static List<Map<String, String>> parse(byte[] json) {
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode binding : JSON.readTree(json).path("results").path("bindings")) {
                Map<String, String> row = new LinkedHashMap<>();
                binding.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> column(List<Map<String, String>> rows, String variable) {
        return rows.stream().map(r -> r.getOrDefault(variable, "")).toList();
    }

    private static double number(Map<String, String> row, String variable) {
        return Double.parseDouble(row.get(variable));
    }

    @Test
    void theLibraryHoldsAtLeastTwelveDocumentedQuestionsEachWithAnAnswer() throws Exception {
        assertTrue(library.queries().size() >= 12, "questions: " + library.queries().size());
        for (QueryFile q : library.queries()) {
            assertFalse(q.title().equals(q.name()), q.name() + " has no title");
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            assertFalse(rows(q.name()).isEmpty(), q.name() + " has no answer on data/corpus with its defaults");
        }
    }

    @Test
    void psychedelicsConvergeOnTrkbByPathwayThroughOtherMechanisms() throws Exception {
        List<Map<String, String>> rows = rows("modalities-converging-by-pathway");
        assertTrue(column(rows, "modality").contains("psychedelics"), rows.toString());
        for (Map<String, String> row : rows) {
            assertFalse(List.of(row.get("via").split(", ")).contains("TrkB"), "a path starts before the target: " + row);
        }
    }

    @Test
    void psychedelicsAndEctShareBdnf() throws Exception {
        List<Map<String, String>> rows = rows("mechanisms-shared-by", "first", "psychedelics", "second", "np:ECT");
        Map<String, String> bdnf = rows.stream().filter(r -> r.get("mechanism").equals("BDNF")).findFirst().orElseThrow();
        assertTrue(number(bdnf, "firstFindings") > 0 && number(bdnf, "secondFindings") > 0, bdnf.toString());
        assertEquals(rows, rows("mechanisms-shared-by", "first", "np:Psychedelics", "second", "electroconvulsive therapy"),
                "a label and a CURIE name the same concept");
    }

    @Test
    void psychedelicsChangeStructureWithinAWeek() throws Exception {
        Map<String, String> row = rows("onset-by-modality").stream()
                .filter(r -> r.get("modality").equals("psychedelics")).findFirst().orElseThrow();
        assertTrue(number(row, "structuralSeconds") <= 7 * 86400, row.toString());
    }

    @Test
    void rtmsChangesFunctionBeforeStructure() throws Exception {
        List<Map<String, String>> rows = rows("functional-before-structural");
        for (Map<String, String> row : rows) {
            int cmp = Double.compare(number(row, "functionalSeconds"), number(row, "structuralSeconds"));
            String expected = cmp < 0 ? "functional first" : cmp > 0 ? "structural first" : "together";
            assertEquals(expected, row.get("order"), row.toString());
        }
        Map<String, String> rtms = rows.stream()
                .filter(r -> r.get("modality").equals("repetitive transcranial magnetic stimulation")).findFirst().orElseThrow();
        assertEquals("functional first", rtms.get("order"), rtms.toString());
    }

    @Test
    void ectChangesHippocampalStructureAndTheFilterKeepsToOneIntervention() throws Exception {
        List<Map<String, String>> all = rows("structural-change-regions");
        assertTrue(all.stream().anyMatch(r -> r.get("subject").equals("electroconvulsive therapy")
                && r.get("region").equals("hippocampus")), all.toString());
        List<Map<String, String>> ketamine = rows("structural-change-regions", "intervention", "ketamine");
        assertFalse(ketamine.isEmpty());
        assertEquals(Set.of("ketamine"), Set.copyOf(column(ketamine, "subject")));
    }

    @Test
    void psychedelicsActOnTheDefaultModeNetwork() throws Exception {
        List<Map<String, String>> rows = rows("network-effects", "network", "DMN");
        assertTrue(rows.stream().anyMatch(r -> r.get("subject").contains("psychedelic")), rows.toString());
        assertEquals(Set.of("default mode network"), Set.copyOf(column(rows, "networkName")));
    }

    @Test
    void everyResourceWithAPolarityOrSpeciesIsTypedAFinding() throws Exception {
        // The questions rely on it (np:Finding is the domain of both) instead of looking the type
        // up again for every finding.
        var query = QueryFactory.create("PREFIX np: <" + NP.NS + "> SELECT ?f WHERE { { ?f np:polarity ?p } UNION "
                + "{ ?f np:species ?s } FILTER NOT EXISTS { ?f a np:Finding } } LIMIT 5");
        List<String> untyped = store.read(ds -> Sparql.select(ds, query, new QuerySolutionMap(), s -> s.get("f").toString()));
        assertTrue(untyped.isEmpty(), untyped.toString());
        assertFalse(store.read(ds -> Sparql.select(ds, QueryFactory.create("PREFIX np: <" + NP.NS + "> SELECT ?f WHERE { ?f np:species ?s } LIMIT 1"),
                new QuerySolutionMap(), s -> s.get("f").toString())).isEmpty(), "the corpus has findings with a species");
    }

    @Test
    void ketamineSpineGrowthIsAffirmedAndNegated() throws Exception {
        List<Map<String, String>> rows = rows("contested-findings");
        assertTrue(rows.stream().anyMatch(r -> r.get("subject").equals("ketamine")
                && r.get("object").equals("dendritic spine density")
                && r.get("negatedSentence").contains("no increase")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.containsKey("affirmedSentence") && number(r, "affirmingSentences") >= 1
                && number(r, "affirmingDocuments") >= 1), "contested means affirmed somewhere too");
        List<Map<String, String>> all = rows("contested-findings", "all", "true");
        assertTrue(all.size() > rows.size(), "all=true adds uncontested denials");
        assertTrue(all.stream().anyMatch(r -> number(r, "affirmingSentences") == 0 && !r.containsKey("affirmedSentence")),
                all.toString());
    }

    @Test
    void everyFindingOfTheDoiQueryHasADoiReference() throws Exception {
        List<Map<String, String>> rows = rows("findings-with-doi");
        assertFalse(rows.isEmpty());
        for (Map<String, String> row : rows) {
            assertTrue(row.get("doi").startsWith("https://doi.org/10."), row.toString());
            assertTrue(number(row, "findings") >= number(row, "documents") && number(row, "documents") >= 1, row.toString());
            assertFalse(row.get("example").isEmpty(), row.toString());
        }
        // Grouped by claim, the rows still account for every finding and DOI it cites.
        var pairs = QueryFactory.create("PREFIX np: <" + NP.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT (COUNT(*) AS ?n) WHERE { ?f np:evidence ?e . ?e dcterms:references ?doi }");
        int findings = store.read(ds -> Sparql.select(ds, pairs, new QuerySolutionMap(), q -> q.getLiteral("n").getInt())).get(0);
        assertEquals(findings, rows.stream().mapToInt(r -> (int) number(r, "findings")).sum());
    }

    @Test
    void theTrkbBindingPaperIsAmongTheTrkbSources() throws Exception {
        List<Map<String, String>> rows = rows("most-cited-sources", "mechanism", "TrkB", "minimum", "1");
        assertEquals(Set.of("TrkB"), Set.copyOf(column(rows, "mechanismName")));
        assertTrue(column(rows, "doi").contains("https://doi.org/10.1038/s41593-023-01316-5"), rows.toString());
        assertTrue(rows.stream().allMatch(r -> number(r, "findings") >= 1));
        assertTrue(rows("most-cited-sources", "mechanism", "TrkB", "minimum", "3").stream()
                .allMatch(r -> number(r, "findings") >= 3));
    }

    @Test
    void chronicStressAndDrugsOfAbuseAppearAsMaladaptive() throws Exception {
        List<Map<String, String>> rows = rows("maladaptive-plasticity");
        assertTrue(column(rows, "kind").containsAll(List.of("stress", "drugs of abuse")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals("stress")
                && Set.of("BDNF", "spine loss", "dendritic atrophy").contains(r.get("object"))), rows.toString());
    }

    @Test
    void speciesAreListedAndNarrowedByKind() throws Exception {
        assertTrue(column(rows("findings-by-species"), "observedIn").contains(NP.resource("Rat").getURI()));
        List<Map<String, String>> rodents = rows("findings-by-species", "species", "rodent");
        assertFalse(rodents.isEmpty());
        assertFalse(column(rodents, "observedIn").contains(NP.resource("Human").getURI()), rodents.toString());
    }

    @Test
    void severalDocumentsAgreeThatBdnfActsOnTrkb() throws Exception {
        List<Map<String, String>> rows = rows("claims-documents-agree-on");
        assertTrue(rows.stream().anyMatch(r -> r.get("subject").equals("BDNF") && r.get("object").equals("TrkB")),
                rows.toString());
        assertTrue(rows.stream().allMatch(r -> number(r, "documents") >= 2 && number(r, "findings") >= number(r, "documents")));
        assertTrue(rows("claims-documents-agree-on", "minDocuments", "3").stream().allMatch(r -> number(r, "documents") >= 3));
    }

    @Test
    void theBdnfTrkbMtorChainIsThere() throws Exception {
        List<Map<String, String>> rows = rows("mechanism-chains");
        assertTrue(rows.stream().anyMatch(r -> r.get("from").equals("BDNF") && r.get("to").equals("TrkB")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("from").equals("TrkB") && r.get("to").startsWith("mTOR")), rows.toString());
        for (Map<String, String> row : rows("mechanism-chains", "mechanism", "mTOR")) {
            assertTrue(row.get("from").startsWith("mTOR") || row.get("to").startsWith("mTOR"), row.toString());
        }
    }
}
