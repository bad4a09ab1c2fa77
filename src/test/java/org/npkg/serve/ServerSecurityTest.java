package org.npkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.store.TestStores;
import org.npkg.vocabulary.NP;

/** What the server refuses: writes, SERVICE calls out, runaway queries, other hosts. */
class ServerSecurityTest {

    @TempDir
    static Path tmp;
    private static NpkgServer server;
    private static Http http;

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @BeforeAll
    static void start() throws Exception {
        TestStores.fixtureStore(tmp.resolve("store"));
        server = NpkgServer.builder().store(tmp.resolve("store")).port(0).timeout(Duration.ofSeconds(1)).build().start();
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String count() throws Exception {
        HttpResponse<String> r = http.query(COUNT, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        String before = count();
        String insert = "INSERT DATA { <" + NP.id("x").getURI() + "> <" + NP.id("y").getURI() + "> 1 }";
        for (String path : new String[] {"npkg/sparql", "npkg/update", "npkg"}) {
            HttpResponse<String> r = http.send("POST", path, "application/sparql-update", insert);
            assertTrue(r.statusCode() >= 400, path + " accepted an update: " + r.statusCode());
            HttpResponse<String> form = http.send("POST", path, "application/x-www-form-urlencoded", "update=" + Http.encode(insert));
            assertTrue(form.statusCode() >= 400, path + " accepted a form update: " + form.statusCode());
        }
        assertEquals(before, count());
    }

    @Test
    void graphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        String before = count();
        String turtle = "<" + NP.id("x").getURI() + "> <" + NP.id("y").getURI() + "> 1 .";
        for (String path : new String[] {"npkg?default", "npkg/data?default", "npkg/get?default", "npkg?graph=" + Http.encode(NP.id("g").getURI())}) {
            for (String method : new String[] {"PUT", "POST"}) {
                HttpResponse<String> r = http.send(method, path, "text/turtle", turtle);
                assertTrue(r.statusCode() >= 400, method + " " + path + " was accepted: " + r.statusCode());
            }
            HttpResponse<String> delete = http.send("DELETE", path, "text/turtle", "");
            assertTrue(delete.statusCode() >= 400, "DELETE " + path + " was accepted: " + delete.statusCode());
        }
        assertEquals(before, count());
    }

    @Test
    void serviceCallsOutAreRefused() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        target.start();
        try {
            String service = "http://127.0.0.1:" + target.getAddress().getPort() + "/sparql";
            HttpResponse<String> r = http.query("SELECT * WHERE { SERVICE <" + service + "> { ?s ?p ?o } }",
                    "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400, "SERVICE ran: " + r.statusCode() + " " + r.body());
            assertEquals(0, hits.get(), "the server called out");
        } finally {
            target.stop(0);
        }
    }

    @Test
    void aRunawayQueryStopsAtTheTimeout() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = http.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
                + "?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u }", "application/sparql-results+json");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(r.statusCode() >= 400, "the query was not stopped: " + r.statusCode());
        assertTrue(seconds < 20, "took " + seconds + " s");
        assertEquals(200, http.query(COUNT, "text/csv").statusCode(), "the server still answers");
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        assertEquals("127.0.0.1", server.host());
        assertTrue(server.isLoopbackOnly());
        for (String host : new String[] {"localhost", "::1", "127.0.0.1"}) {
            assertTrue(SameOriginFilter.isLoopback(host), host);
        }
        assertFalse(SameOriginFilter.isLoopback("0.0.0.0"), "0.0.0.0 is every address, not loopback");
        assertTrue(server.url().startsWith("http://127.0.0.1:"));
        Optional<InetAddress> other = NetworkInterface.networkInterfaces()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (Exception e) { return false; } })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        assumeTrue(other.isPresent(), "this machine has no other IPv4 address to try");
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket(other.get(), server.port())) {
                s.getOutputStream().write(0);
            }
        });
    }

    @Test
    void aMissingStoreIsReportedNotCreated() {
        ServeException e = assertThrows(ServeException.class,
                () -> NpkgServer.builder().store(tmp.resolve("none")).port(0).build());
        assertEquals("store-missing", e.id());
        assertFalse(tmp.resolve("none").toFile().exists(), "no empty database is created");
    }
}
