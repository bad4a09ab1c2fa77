package org.npkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Over-large requests are refused before they are read; requests within the limits are answered. */
class RequestSizeTest {

    private static final String QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @RegisterExtension
    static final ServedStore served = ServedStore.fixture();

    /** The query padded with a comment to about {@code bytes} bytes: valid SPARQL of any size. */
    private static String padded(long bytes) {
        return "#" + "x".repeat((int) bytes - QUERY.length() - 2) + "\n" + QUERY;
    }

    private static void assertAnswered() throws Exception {
        assertEquals(200, served.http().query(QUERY, "text/csv").statusCode(), "the server still answers");
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        HttpResponse<String> query = served.http().send("POST", "npkg/sparql", "application/sparql-query",
                padded(RequestSizeFilter.MAX_BODY_BYTES + 1));
        assertEquals(413, query.statusCode(), query.body());
        assertTrue(query.body().contains("request-too-large"), query.body());
        HttpResponse<String> form = served.http().send("POST", "npkg/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode(padded(2 * RequestSizeFilter.MAX_BODY_BYTES)));
        assertEquals(413, form.statusCode(), form.body());
        assertEquals(413, served.http().send("PUT", "npkg?default", "text/turtle", "#".repeat(3 << 20)).statusCode());
        assertAnswered();
    }

    @Test
    void aBodyWithinTheLimitIsAnswered() throws Exception {
        HttpResponse<String> r = served.http().send("POST", "npkg/sparql", "application/sparql-query",
                padded(RequestSizeFilter.MAX_BODY_BYTES - 16), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("n\r\n"), r.body());
    }

    @Test
    void aBodyOfUnstatedLengthIsA411() throws Exception {
        byte[] body = QUERY.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(served.server().url() + "npkg/sparql"))
                .header("Content-Type", "application/sparql-query").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, r.statusCode(), r.body());
        assertAnswered();
    }

    @Test
    void aUrlOrHeadersOverTheLimitAreRefused() throws Exception {
        HttpResponse<String> longUrl = served.http().query(padded(RequestSizeFilter.MAX_HEAD_BYTES + 1), "text/csv");
        assertEquals(414, longUrl.statusCode(), longUrl.body());
        HttpResponse<String> longHeader = served.http().get("api/queries", "X-Padding", "x".repeat(RequestSizeFilter.MAX_HEAD_BYTES));
        assertEquals(431, longHeader.statusCode(), longHeader.body());
        HttpResponse<String> withinLimit = served.http().query(padded(RequestSizeFilter.MAX_HEAD_BYTES / 4), "text/csv");
        assertEquals(200, withinLimit.statusCode(), "a GET query of " + RequestSizeFilter.MAX_HEAD_BYTES / 4 + " bytes");
        assertAnswered();
    }
}
