package org.npkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.npkg.store.Store;
import org.npkg.store.StoreException;
import org.npkg.store.TestStores;
import org.npkg.vocabulary.NP;

class QueryRunnerTest {

    @TempDir
    static Path tmp;

    private static Store store;
    private static QueryLibrary library;

    @BeforeAll
    static void build() throws StoreException {
        store = TestStores.fixtureStore(tmp.resolve("store"));
        library = QueryLibrary.load(TestStores.resource("query/queries"));
    }

    private static String run(String query, ResultFormat format, Map<String, String> params) throws StoreException {
        QueryFile file = library.find(query);
        return store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryRunner.builder().dataset(ds).params(params).format(format).build().run(file, out);
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    private static ResultSet rows(String json) {
        return ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    private static int rowCount(String query, Map<String, String> params) throws StoreException {
        return ResultSetFormatter.consume(rows(run(query, ResultFormat.JSON, params)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TrkB", "trkb", "tropomyosin receptor kinase B", "NTRK2", "<https://w3id.org/npkg/ontology#TrkB>",
        "https://w3id.org/npkg/ontology#TrkB"})
    void labelsAndIrisBindTheSameConceptAsTheCurie(String value) throws Exception {
        String byCurie = run("findings-about", ResultFormat.CSV, Map.of("concept", "np:TrkB"));
        assertEquals(byCurie, run("findings-about", ResultFormat.CSV, Map.of("concept", value)));
        assertTrue(byCurie.lines().count() > 1, "the fixture has findings about TrkB");
    }

    @Test
    void differentConceptsGiveDifferentRows() throws Exception {
        assertNotEquals(run("findings-about", ResultFormat.CSV, Map.of("concept", "np:TrkB")),
                run("findings-about", ResultFormat.CSV, Map.of("concept", "brain-derived neurotrophic factor")));
    }

    @Test
    void defaultIsUsedWhenNoValueIsGiven() throws Exception {
        assertEquals(run("findings-about", ResultFormat.CSV, Map.of("concept", "np:TrkB")),
                run("findings-about", ResultFormat.CSV, Map.of()));
    }

    @Test
    void sparqlSyntaxInAValueIsBoundAsALiteral() throws Exception {
        String evil = "x\" } ; DROP ALL #";
        ResultSet rs = rows(run("evidence-containing", ResultFormat.JSON, Map.of("needle", evil)));
        List<String> texts = ResultSetFormatter.toList(rs).stream().map(s -> s.getLiteral("text").getString()).toList();
        assertEquals(1, texts.size(), "exactly the one sentence that contains the text literally: " + texts);
        assertTrue(texts.get(0).contains(evil));
        assertEquals(3, rowCount("evidence-containing", Map.of()), "the store is unchanged: default needle TrkB");
    }

    @Test
    void sparqlSyntaxInAConceptValueMatchesNoConcept() {
        QueryException e = assertThrows(QueryException.class,
                () -> run("findings-about", ResultFormat.CSV, Map.of("concept", "np:TrkB } ; DROP ALL #")));
        assertEquals("concept-unknown", e.id());
    }

    @Test
    void unknownParameterListsTheDeclaredOnes() {
        QueryException e = assertThrows(QueryException.class,
                () -> run("findings-about", ResultFormat.CSV, Map.of("mechanism", "TrkB")));
        assertEquals("param-unknown", e.id());
        assertTrue(e.getMessage().contains("mechanism") && e.getMessage().contains("concept"), e.getMessage());
    }

    @Test
    void unknownConceptSuggestsCloseLabels() {
        QueryException e = assertThrows(QueryException.class,
                () -> run("findings-about", ResultFormat.CSV, Map.of("concept", "TrkC")));
        assertEquals("concept-unknown", e.id());
        assertTrue(e.getMessage().contains("TrkB"), e.getMessage());
    }

    @Test
    void convergenceCountsModalitiesThroughTheHierarchy() throws Exception {
        ResultSet rs = rows(run("converging-modalities", ResultFormat.JSON, Map.of("mechanism", "TrkB")));
        List<String> modalities = ResultSetFormatter.toList(rs).stream()
                .map(s -> s.getResource("modality").getURI()).toList();
        assertEquals(List.of(NP.resource("NMDAAntagonists").getURI(), NP.resource("Psychedelics").getURI()), modalities);
    }

    @Test
    void tableShortensIris() throws Exception {
        String table = run("findings-about", ResultFormat.TABLE, Map.of());
        assertTrue(table.contains("np:Affirmed"), table);
        assertTrue(table.contains("npd:finding/b1"), table);
        assertFalse(table.contains(NP.NS), table);
    }

    @Test
    void csvTsvAndJsonCarryTheSameRows() throws Exception {
        int n = rowCount("findings-about", Map.of());
        List<String> csv = run("findings-about", ResultFormat.CSV, Map.of()).lines().toList();
        List<String> tsv = run("findings-about", ResultFormat.TSV, Map.of()).lines().toList();
        assertEquals("finding,relation,polarity", csv.get(0));
        assertEquals("?finding\t?relation\t?polarity", tsv.get(0));
        assertEquals(n + 1, csv.size());
        assertEquals(n + 1, tsv.size());
        assertTrue(n > 0);
    }

    @Test
    void askAnswersInEveryFormat() throws Exception {
        assertTrue(run("has-negated", ResultFormat.TABLE, Map.of()).toLowerCase().contains("yes"));
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(
                run("has-negated", ResultFormat.JSON, Map.of()).getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
        assertTrue(run("has-negated", ResultFormat.CSV, Map.of()).contains("true"));
    }

    @Test
    void constructWritesTurtle() throws Exception {
        String turtle = run("direct-edges", ResultFormat.TABLE, Map.of());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        assertTrue(m.contains(NP.resource("Psilocybin"), NP.property("binds"), NP.resource("TrkB")), turtle);
        assertFalse(m.contains(NP.resource("Ketamine"), NP.property("increases"), NP.resource("TrkB")),
                "negated findings give no edge");
    }

    @Test
    void selectMapsRowsWithParametersBoundLikeRun() throws Exception {
        QueryFile file = library.find("findings-about");
        List<String> selected = store.read(ds -> QueryRunner.builder().dataset(ds).param("concept", "TrkB").build()
                .select(file, row -> row.getResource("finding").getURI()));
        List<String> printed = ResultSetFormatter.toList(rows(run("findings-about", ResultFormat.JSON, Map.of("concept", "TrkB"))))
                .stream().map(row -> row.getResource("finding").getURI()).toList();
        assertFalse(selected.isEmpty());
        assertEquals(printed, selected);
    }

    @Test
    void selectRefusesOtherQueryTypes() {
        QueryException e = assertThrows(QueryException.class, () -> store.read(ds -> QueryRunner.builder().dataset(ds).build()
                .select(library.find("has-negated"), row -> row)));
        assertEquals("query-type", e.id());
    }
}
