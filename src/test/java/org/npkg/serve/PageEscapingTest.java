package org.npkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.npkg.build.BuildService;
import org.npkg.vocabulary.NP;

/**
 * A report can carry markup into the graph — in a sentence, a heading, a file name — and the
 * pages must show it as text. The store here is built from such a report, so the markup takes
 * the path real data take: corpus, extraction, store, server.
 */
class PageEscapingTest {

    private static final String FILE = "x\"><svg onload=alert(3)>.md";
    private static final String REPORT = "# Ketamine <script>alert(1)</script>\n\n"
            + "Ketamine increases BDNF <img src=x onerror=alert(2)> in the hippocampus.\n";

    @RegisterExtension
    static final ServedStore served = ServedStore.madeBy(PageEscapingTest::buildFromTheReport);

    private static void buildFromTheReport(Path store) throws Exception {
        Path corpus = Files.createDirectories(store.resolveSibling("corpus"));
        Files.writeString(corpus.resolve(FILE), REPORT, StandardCharsets.UTF_8);
        BuildService.builder().corpus(corpus).store(store).build().run();
    }

    private static void assertNoMarkupFromTheReport(String html) {
        for (String tag : new String[] {"<script", "<img", "<svg"}) {
            assertFalse(html.contains(tag), tag + " reached the page:\n" + html);
        }
    }

    @Test
    void aConceptPageShowsTheReportsMarkupAsText() throws Exception {
        HttpResponse<String> page = served.http().get("page?iri=" + Http.encode(NP.resource("BDNF").getURI()));
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Ketamine increases BDNF &lt;img src=x onerror=alert(2)&gt;"), "the sentence, escaped:\n" + html);
        assertTrue(html.contains("&lt;svg onload=alert(3)&gt;"), "the file name, escaped:\n" + html);
        assertNoMarkupFromTheReport(html);
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"),
                "inline scripts would not run even if one got through");
    }

    @Test
    void theEvidenceAndDocumentPagesShowItAsTextToo() throws Exception {
        String csv = served.http().query("PREFIX np: <" + NP.NS + ">\nSELECT ?e ?d WHERE { ?e np:text ?t ; np:inDocument ?d }", "text/csv").body();
        String[] row = csv.split("\r\n")[1].split(",");
        for (String iri : row) {
            String html = served.http().get("page?iri=" + Http.encode(iri)).body();
            assertTrue(html.contains("&lt;img src=x"), iri + "\n" + html);
            assertNoMarkupFromTheReport(html);
        }
    }

    @Test
    void answersAreJsonThatTheQueryPageShowsAsText() throws Exception {
        HttpResponse<String> run = served.http().get("api/run?query=modalities-converging-on&param.mechanism=BDNF");
        assertTrue(run.body().contains("<img src=x onerror=alert(2)>"), "the JSON carries the sentence as it is: " + run.body());
        assertEquals("application/sparql-results+json", run.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("nosniff", run.headers().firstValue("X-Content-Type-Options").orElse(""));
        try (InputStream in = PageEscapingTest.class.getResourceAsStream("/org/npkg/serve/web/app.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String sink : new String[] {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("}) {
                assertFalse(script.contains(sink), "the query page's script uses " + sink);
            }
            assertTrue(script.contains("createTextNode"), "values are set as text nodes");
        }
    }
}
