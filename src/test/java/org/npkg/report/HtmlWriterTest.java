package org.npkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.npkg.report.ReportData.Evidence;
import org.npkg.report.ReportData.MatrixCell;
import org.npkg.report.ReportData.Onset;
import org.npkg.report.ReportData.Place;
import org.npkg.report.ReportData.Summary;

/** The page written from a small hand-made data set, including text that tries to be markup. */
class HtmlWriterTest {

    private static final String HOSTILE = "x </script><script>alert(1)</script> <!-- & \"quoted\" 'single'";

    private static ReportData data(String sentence, String doi) {
        Evidence e = new Evidence("urn:f1", "ketamine", "increases", "BDNF", sentence, "doc <1>.md", "Results",
                "affirmed", "hedged", "rat", "hippocampus", "within 24 hours", List.of(doi));
        return new ReportData(new Summary(1, 1, 1, 0, 1, 10, 3),
                List.of(new MatrixCell("NMDA receptor antagonists", "BDNF <b>", List.of("urn:f1"))),
                List.of(new Onset("NMDA receptor antagonists", "structural", 0, 86_400.0, sentence, 1)),
                List.of(new Place("NMDA receptor antagonists", "structural", "hippocampus", "region", 1)),
                List.of(e));
    }

    @Test
    void textThatLooksLikeMarkupStaysText() throws Exception {
        String html = new HtmlWriter(data(HOSTILE, "https://doi.org/10.1/x\"onclick=\"y")).page();
        Document page = Jsoup.parse(html);
        assertEquals(2, page.select("script").size(), "only the data and the page's own script");
        assertEquals(HOSTILE, page.selectFirst("q.sentence").text());
        assertEquals("BDNF <b>", page.selectFirst("th.mech").text());
        assertEquals("https://doi.org/10.1/x\"onclick=\"y", page.selectFirst("a.doi").attr("href"));
        assertFalse(page.selectFirst("a.doi").hasAttr("onclick"));
        assertFalse(page.select("svg text.span-label").text().isEmpty());
        String json = page.selectFirst("script#report-data").data();
        assertFalse(json.contains("<"), "no < inside the JSON element");
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).path("evidence").get(0).path("sentence").asText());
    }

    @Test
    void aReferenceThatIsNoDoiIsNotLinked() {
        Document page = Jsoup.parse(new HtmlWriter(data("A sentence.", "https://example.org/paper")).page());
        assertTrue(page.select("a[href^=https://example.org]").isEmpty());
        assertEquals("https://example.org/paper", page.selectFirst("td.dois span.doi").text());
    }

    @Test
    void emptyDataStillGivesEverySection() {
        ReportData empty = new ReportData(new Summary(0, 0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of());
        Document page = Jsoup.parse(new HtmlWriter(empty).page());
        for (String id : List.of("summary", "matrix", "timeline", "regions", "evidence")) {
            assertEquals(1, page.select("section#" + id).size(), id);
        }
        assertEquals("0.0 %", page.selectFirst("#summary-negated .value").text());
    }
}
