package org.npkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests another web site could make from the user's browser are refused, while the query
 * page's own requests, links to it and clients that are not browsers are answered.
 */
class CrossOriginTest {

    private static final String ELSEWHERE = "http://elsewhere.example";
    private static final String COUNT = "npkg/sparql?query=" + Http.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");

    @RegisterExtension
    static final ServedStore served = ServedStore.fixture();

    /** The server's own origin, as a browser sends it. */
    private static String self() {
        String url = served.server().url();
        return url.substring(0, url.length() - 1);
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"cross-origin\""), r.body());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
    }

    @Test
    void anotherOriginsFetchesFormPostsAndPreflightsAreRefused() throws Exception {
        assertRefused(served.http().get(COUNT, "Origin", ELSEWHERE, "Accept", "application/sparql-results+json"));
        assertRefused(served.http().send("POST", "npkg/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode("SELECT * WHERE { ?s ?p ?o }"), "Origin", ELSEWHERE));
        assertRefused(served.http().send("OPTIONS", "npkg/sparql", "text/plain", "", "Origin", ELSEWHERE,
                "Access-Control-Request-Method", "POST"));
        assertRefused(served.http().get("api/run?query=modalities-converging-on", "Origin", "null"));
        assertRefused(served.http().get("api/queries", "Origin", "http://127.0.0.1:1"));
    }

    @Test
    void crossSiteSubresourcesAndFramesAreRefused() throws Exception {
        assertRefused(served.http().get(COUNT, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "image"));
        assertRefused(served.http().get("", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "iframe"));
        assertRefused(served.http().get("api/queries", "Sec-Fetch-Site", "same-site", "Sec-Fetch-Mode", "cors", "Sec-Fetch-Dest", "empty"));
    }

    @Test
    void thePagesOwnRequestsLinksToItAndPlainClientsAreAnswered() throws Exception {
        HttpResponse<String> post = served.http().send("POST", "npkg/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "Origin", self(),
                "Sec-Fetch-Site", "same-origin", "Accept", "application/sparql-results+json");
        assertEquals(200, post.statusCode(), post.body());
        assertEquals(200, served.http().get("api/queries", "Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "cors").statusCode());
        assertEquals(200, served.http().get("?run=modalities-converging-on", "Sec-Fetch-Site", "cross-site",
                "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document").statusCode(), "a link from elsewhere opens the page");
        assertEquals(200, served.http().get("", "Sec-Fetch-Site", "none", "Sec-Fetch-Mode", "navigate").statusCode());
        HttpResponse<String> curl = served.http().get(COUNT, "Accept", "text/csv");
        assertEquals(200, curl.statusCode());
        assertTrue(curl.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS headers");
    }

    @Test
    void onLoopbackOnlyLoopbackHostNamesAreAnswered() throws Exception {
        int port = served.server().port();
        String request = "GET /api/queries HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n";
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port}) {
            assertEquals(200, Http.raw(port, request.formatted(host)), host);
        }
        for (String host : new String[] {"rebound.example:" + port, "127.0.0.1.rebound.example", "localhost.example:" + port}) {
            assertEquals(403, Http.raw(port, request.formatted(host)), "a rebound DNS name was answered: " + host);
        }
    }
}
