package org.npkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.tdb2.TDB2;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npkg.build.CorpusStore;
import org.npkg.store.Store;
import org.npkg.vocabulary.NP;

/**
 * The report of data/corpus read back with a real HTML parser: each section is there with
 * the corpus's data, the numbers agree with each other and with the store, and nothing but
 * DOI links points outside the file.
 */
class ReportPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Store store;
    private static String html;
    private static Document page;

    @BeforeAll
    static void write() throws Exception {
        store = CorpusStore.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportService.builder().store(store.dir()).build().write(out);
        html = out.toString(StandardCharsets.UTF_8);
        page = Jsoup.parse(html);
    }

    private static long countInStore(String where) throws Exception {
        String query = "PREFIX np: <" + NP.NS + ">\nSELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }";
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Element one(String css) {
        Element e = page.selectFirst(css);
        assertNotNull(e, "no " + css + " in the page");
        return e;
    }

    @Test
    void everySectionIsThere() {
        for (String id : List.of("summary", "matrix", "timeline", "regions", "evidence")) {
            assertEquals("section", one("#" + id).tagName(), id);
        }
        assertEquals(1, page.select("script[type=application/json]#report-data").size());
    }

    @Test
    void theSummaryCountsWhatTheStoreHolds() throws Exception {
        assertEquals(String.valueOf(countInStore("?x a np:Document")), one("#summary-documents .value").text());
        assertEquals(String.valueOf(countInStore("?x a np:Finding")), one("#summary-findings .value").text());
        assertEquals(String.valueOf(countInStore("?x a np:Evidence")), one("#summary-sentences .value").text());
        long negated = countInStore("?x np:polarity np:Negated");
        assertTrue(negated > 0, "the corpus states negated findings");
        assertEquals(SummarySection.percent((double) negated / countInStore("?x a np:Finding")),
                one("#summary-negated .value").text());
    }

    @Test
    void theMatrixShowsTheModalitiesAndMechanismsWithConsistentCounts() throws Exception {
        Element table = one("table#convergence-matrix");
        List<String> mechanisms = table.select("thead th.mech").eachText();
        List<String> modalities = table.select("tbody th[scope=row]").eachText();
        assertTrue(mechanisms.containsAll(List.of("TrkB", "BDNF", "mTOR")), mechanisms.toString());
        assertTrue(modalities.containsAll(List.of("psychedelics", "electroconvulsive therapy")), modalities.toString());
        JsonNode cells = data().path("matrix");
        int buttons = 0;
        for (Element row : table.select("tbody tr")) {
            int sum = 0;
            for (Element button : row.select("button[data-cell]")) {
                JsonNode cell = cells.get(Integer.parseInt(button.attr("data-cell")));
                int n = Integer.parseInt(button.text());
                assertEquals(cell.path("findings").size(), n, button.outerHtml());
                assertTrue(button.parent().hasClass("s" + ConvergenceMatrix.shade(n)), button.parent().outerHtml());
                assertEquals(row.selectFirst("th").text(), cell.path("modality").asText());
                sum += n;
                buttons++;
            }
            assertEquals(String.valueOf(sum), row.selectFirst("td.total").text(), row.selectFirst("th").text());
        }
        assertEquals(cells.size(), buttons, "one button per cell of the data");
        assertEquals(5, one("#matrix-legend").select(".swatch").size(), "a legend for each shade");
    }

    @Test
    void everyFindingOfACellHasItsSentenceInTheData() throws Exception {
        JsonNode data = data();
        List<String> findings = new ArrayList<>();
        data.path("evidence").forEach(e -> findings.add(e.path("finding").asText()));
        data.path("matrix").forEach(c -> c.path("findings").forEach(f -> assertTrue(findings.contains(f.asText()), f.asText())));
    }

    @Test
    void theTimelineIsAnSvgWithALogAxisAndTheCorpusOnsets() {
        Element svg = one("#timeline svg#timeline-chart");
        List<String> ticks = svg.select("text.tick").eachText();
        assertTrue(ticks.containsAll(List.of("minute", "hour", "day", "week", "month")), ticks.toString());
        assertTrue(svg.select("text.modality-label").eachText().contains("psychedelics"));
        assertFalse(svg.select("g.span.functional").isEmpty());
        assertFalse(svg.select("g.span.structural").isEmpty());
        assertTrue(svg.select("g.span.structural text.span-label").eachText().stream().anyMatch(t -> t.contains("72 hours")),
                "the corpus says spines appear after 72 hours");
    }

    @Test
    void theRegionsTableHasEctChangingTheHippocampusStructurally() {
        Element ect = one("#regions-table").select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("electroconvulsive therapy")).findFirst().orElseThrow();
        assertTrue(ect.select("td.structural .chip.region").eachText().stream().anyMatch(t -> t.startsWith("hippocampus")),
                ect.outerHtml());
        assertFalse(one("#regions-table").select(".chip.network").isEmpty(), "networks are shown too");
    }

    @Test
    void theEvidenceIndexListsEveryFindingWithItsSourcesAndAFilter() throws Exception {
        assertEquals(countInStore("?x a np:Finding"), one("#evidence-table").select("tbody tr").size());
        assertEquals("search", one("input#evidence-filter").attr("type"));
        assertTrue(one("#evidence-table").select("tbody tr.negated").size() > 0);
        Element cited = one("#evidence-table").select("tbody tr").stream()
                .filter(r -> !r.select("a.doi").isEmpty()).findFirst().orElseThrow();
        assertTrue(cited.selectFirst("a.doi").attr("href").startsWith("https://doi.org/10."), cited.outerHtml());
        assertFalse(cited.selectFirst("q.sentence").text().isBlank());
        assertFalse(cited.selectFirst(".document").text().isBlank());
    }

    @Test
    void nothingButDoiLinksPointsOutsideTheFile() {
        int dois = 0;
        for (Element e : page.getAllElements()) {
            for (var attribute : e.attributes()) {
                String value = attribute.getValue().strip().toLowerCase();
                boolean external = value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//");
                boolean link = List.of("href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href",
                        "background", "manifest").contains(attribute.getKey().toLowerCase());
                if (link && external) {
                    assertTrue(e.tagName().equals("a") && attribute.getKey().equals("href")
                            && value.startsWith("https://doi.org/"), "external reference: " + e.outerHtml());
                    dois++;
                }
            }
        }
        assertTrue(dois > 0, "the corpus cites DOIs, so there are DOI links");
        assertTrue(page.select("link, img, iframe, object, embed, script[src]").isEmpty());
        for (Element style : page.select("style")) {
            String css = style.data();
            assertFalse(css.contains("@import"));
            assertFalse(css.replace("url(#", "").contains("url("), "CSS fetches nothing");
        }
        assertTrue(one("meta[http-equiv=Content-Security-Policy]").attr("content").contains("default-src 'none'"));
    }

    private static JsonNode data() throws Exception {
        return JSON.readTree(one("script#report-data").data());
    }
}
