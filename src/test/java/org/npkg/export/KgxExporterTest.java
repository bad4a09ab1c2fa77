package org.npkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npkg.build.CorpusStore;
import org.npkg.store.Store;

/** KGX nodes and edges of the real corpus, read back as a TSV reader would. */
class KgxExporterTest {

    private static List<Map<String, String>> nodes;
    private static List<Map<String, String>> edges;
    private static List<String> nodeHeader;
    private static List<String> edgeHeader;

    @BeforeAll
    static void export() throws Exception {
        Store store = CorpusStore.get();
        KgxExporter kgx = KgxExporter.of(BiolinkMapping.standard());
        String nodeText = store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kgx.writeNodes(ds, out);
            return out.toString(StandardCharsets.UTF_8);
        });
        String edgeText = store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kgx.writeEdges(ds, out);
            return out.toString(StandardCharsets.UTF_8);
        });
        nodeHeader = List.of(nodeText.lines().findFirst().orElseThrow().split("\t", -1));
        edgeHeader = List.of(edgeText.lines().findFirst().orElseThrow().split("\t", -1));
        nodes = rows(nodeText);
        edges = rows(edgeText);
    }

    private static List<Map<String, String>> rows(String tsv) {
        List<String> lines = tsv.lines().toList();
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(header.length, cells.length, line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> node(String id) {
        return nodes.stream().filter(n -> n.get("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void headersStartWithTheColumnsKgxRequires() {
        assertEquals(List.of("id", "category"), nodeHeader.subList(0, 2));
        assertEquals(List.of("id", "subject", "predicate", "object"), edgeHeader.subList(0, 4));
        assertTrue(edgeHeader.containsAll(List.of("publications", "supporting_text", "knowledge_level", "agent_type")));
    }

    @Test
    void everyEdgeEndsAtANodeAndCarriesItsSentence() {
        Set<String> ids = nodes.stream().map(n -> n.get("id")).collect(Collectors.toSet());
        assertFalse(edges.isEmpty());
        for (Map<String, String> edge : edges) {
            assertTrue(ids.contains(edge.get("subject")) && ids.contains(edge.get("object")), edge.toString());
            assertTrue(edge.get("predicate").startsWith("biolink:"), edge.toString());
            assertFalse(edge.get("supporting_text").isBlank(), edge.toString());
        }
    }

    @Test
    void nodesGetBiolinkCategoriesByFacet() {
        assertTrue(node("np:Ketamine").get("category").contains("biolink:Drug"));
        assertEquals("biolink:Procedure", node("np:ECT").get("category"));
        assertTrue(node("np:BDNF").get("category").contains("biolink:Protein"));
        assertEquals("biolink:AnatomicalEntity", node("np:Hippocampus").get("category"));
        assertEquals("TrkB", node("np:TrkB").get("name"));
        assertTrue(nodes.stream().allMatch(n -> n.get("category").startsWith("biolink:")));
    }

    @Test
    void psychedelicsBindingTrkbIsAPhysicalInteractionWithItsSource() {
        assertTrue(edges.stream().anyMatch(e -> e.get("object").equals("np:TrkB")
                && e.get("predicate").equals("biolink:physically_interacts_with")
                && node(e.get("subject")).get("category").contains("biolink:Drug")), "psychedelics bind TrkB");
        List<String> publications = edges.stream().map(e -> e.get("publications")).filter(p -> !p.isEmpty()).toList();
        assertFalse(publications.isEmpty());
        for (String list : publications) {
            for (String doi : list.split("\\|")) {
                assertTrue(doi.startsWith("doi:10."), doi);
            }
        }
    }

    @Test
    void negatedFindingsAreMarkedNegated() {
        assertTrue(edges.stream().anyMatch(e -> e.get("subject").equals("np:ECT") && e.get("object").equals("np:Neurogenesis")
                && e.get("negated").equals("true")), "neither rTMS nor ECT is described as driving neurogenesis");
        assertTrue(edges.stream().allMatch(e -> Set.of("true", "false").contains(e.get("negated"))));
    }
}
