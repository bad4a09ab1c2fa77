package org.npkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.vocabulary.NP;

/** The endpoint's result formats, the library API, the IRI pages and the query page in a real browser. */
class ServerPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServedStore served = ServedStore.fixture();

    private static final String TRKB_SENTENCES = "PREFIX np: <" + NP.NS + ">\n"
            + "SELECT ?text WHERE { ?f np:object np:TrkB ; np:evidence/np:text ?text } ORDER BY ?text";

    @Test
    void theEndpointAnswersInJsonXmlCsvAndTsv() throws Exception {
        HttpResponse<String> json = served.http().query(TRKB_SENTENCES, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertEquals(3, JSON.readTree(json.body()).path("results").path("bindings").size(), json.body());
        HttpResponse<String> xml = served.http().query(TRKB_SENTENCES, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql") && xml.body().contains("Psilocybin binds TrkB"), xml.body());
        HttpResponse<String> csv = served.http().query(TRKB_SENTENCES, "text/csv");
        assertTrue(csv.body().startsWith("text\r\n"), csv.body());
        HttpResponse<String> tsv = served.http().query(TRKB_SENTENCES, "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?text\n"), tsv.body());
        for (HttpResponse<String> r : List.of(xml, csv, tsv)) {
            assertEquals(200, r.statusCode());
        }
    }

    @Test
    void theLibraryApiListsEveryQuestionWithItsParameters() throws Exception {
        JsonNode body = JSON.readTree(served.http().get("api/queries").body());
        List<String> names = new ArrayList<>();
        body.path("queries").forEach(q -> names.add(q.path("name").asText()));
        assertEquals(QueryLibrary.load(Path.of("queries")).queries().stream().map(QueryFile::name).toList(), names);
        JsonNode converging = body.path("queries").get(names.indexOf("modalities-converging-on"));
        assertEquals("mechanism", converging.path("parameters").get(0).path("name").asText());
        assertEquals("np:TrkB", converging.path("parameters").get(0).path("default").asText());
        assertEquals(NP.NS, body.path("prefixes").path("np").asText());
    }

    @Test
    void aLibraryQuestionRunsWithParametersBoundOnTheServer() throws Exception {
        HttpResponse<String> byLabel = served.http().get("api/run?query=modalities-converging-on&param.mechanism="
                + Http.encode("tropomyosin receptor kinase B"));
        HttpResponse<String> byCurie = served.http().get("api/run?query=modalities-converging-on&param.mechanism=np:TrkB");
        assertEquals(200, byLabel.statusCode(), byLabel.body());
        assertEquals(byCurie.body(), byLabel.body());
        assertTrue(byLabel.body().contains("psychedelics"), byLabel.body());
    }

    @Test
    void badQuestionsParametersAndConceptsAreExplained() throws Exception {
        HttpResponse<String> param = served.http().get("api/run?query=modalities-converging-on&param.mechanisms=TrkB");
        assertEquals(400, param.statusCode());
        assertEquals("param-unknown", JSON.readTree(param.body()).path("error").asText());
        assertTrue(param.body().contains("mechanism"), param.body());
        HttpResponse<String> concept = served.http().get("api/run?query=modalities-converging-on&param.mechanism="
                + Http.encode("\" } ; DROP ALL #"));
        assertEquals(400, concept.statusCode());
        assertEquals("concept-unknown", JSON.readTree(concept.body()).path("error").asText());
        HttpResponse<String> name = served.http().get("api/run?query=no-such-question");
        assertEquals(400, name.statusCode());
        assertTrue(name.body().contains("modalities-converging-on"), "lists the known questions: " + name.body());
    }

    @Test
    void aConceptPageShowsItsLabelsAndFindingsWithTheirSentences() throws Exception {
        HttpResponse<String> page = served.http().get("page?iri=" + Http.encode(NP.resource("TrkB").getURI()));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<h1>TrkB</h1>"), html);
        assertTrue(html.contains("tropomyosin receptor kinase B"));
        assertTrue(html.contains("Psilocybin binds TrkB within 24-48 h."), html);
        assertTrue(html.contains("Quoted x&quot; } ; DROP ALL"), "sentences are escaped");
        assertFalse(html.contains("Quoted x\" }"));
        assertTrue(html.contains("/page?iri=" + Http.encode(NP.resource("Psilocybin").getURI())), "IRIs link to their page");
    }

    @Test
    void aFindingPageShowsItsEvidence() throws Exception {
        String html = served.http().get("page?iri=" + Http.encode(NP.id("finding/a2").getURI())).body();
        assertTrue(html.contains("Ketamine may increase BDNF in the hippocampus."), html);
        assertEquals(400, served.http().get("page?iri=not%20an%20iri").statusCode());
    }

    @Test
    void theQueryPageIsServedFromTheJarWithNothingExternal() throws Exception {
        HttpResponse<String> index = served.http().get("");
        assertEquals(200, index.statusCode());
        for (String asset : new String[] {"static/app.js", "static/style.css"}) {
            HttpResponse<String> r = served.http().get(asset);
            assertEquals(200, r.statusCode(), asset);
            String withoutDoiLinks = r.body().replace("https://doi.org/", "");
            assertFalse(withoutDoiLinks.contains("http://") || withoutDoiLinks.contains("https://"), asset + " refers elsewhere");
        }
        assertFalse(index.body().contains("http://") || index.body().contains("https://"), "no external references");
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        HttpResponse<String> escape = served.http().get("static/..%2F..%2Fpom.xml");
        assertTrue(escape.statusCode() >= 400 && !escape.body().contains("<project"), "only the page's own files are served");
        assertEquals(404, served.http().get("static/other.js").statusCode());
    }

    @Test
    void aHeadlessBrowserRunsALibraryQuestionAndShowsItsRows(@TempDir Path tmp) throws Exception {
        assumeTrue(onPath("chromium"), "chromium is not installed (apt-get install chromium)");
        Path profile = Files.createTempDirectory(tmp, "chromium");
        Path dom = tmp.resolve("dom.html");
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--dump-dom", "--virtual-time-budget=10000",
                served.server().url() + "?run=modalities-converging-on")
                .redirectOutput(dom.toFile()).redirectError(tmp.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        String html = Files.readString(dom, StandardCharsets.UTF_8);
        assertTrue(html.contains("class=\"result-row\""), "no result rows in\n" + html);
        assertTrue(html.contains("psychedelics"), html);
        assertTrue(html.contains("/page?iri=") || html.contains("Modalities converging on a mechanism"), html);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
