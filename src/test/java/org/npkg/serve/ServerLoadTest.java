package org.npkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npkg.build.CorpusStore;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.serve.LoadClient.Ask;
import org.npkg.vocabulary.NP;

/**
 * The server under load: {@value #CLIENTS} clients on loopback ask the whole question library
 * (through {@code /api/run}), a query on the SPARQL endpoint and a concept page, over and over,
 * for {@link #DURATION} on the graph of data/corpus. Every answer must be right; the request
 * count and latencies are printed as one {@code load:} line.
 */
class ServerLoadTest {

    static final int CLIENTS = 16;
    /** How long the clients ask; {@code -Dnpkg.load.seconds=N} shortens it while working on the server. */
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("npkg.load.seconds", 30));
    /** An upper bound on each client's rounds, so a fast machine does not turn the test into a benchmark. */
    static final int MAX_ROUNDS = 1_000;

    /**
     * The slowest library questions take a second or two alone, and sixteen clients on a small
     * shared machine make that many times longer; a timeout above any such wait keeps contention
     * from counting as an error. Stopping runaway queries is ExplosiveQueryTest's subject.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static NpkgServer server;

    @BeforeAll
    static void start() throws Exception {
        server = NpkgServer.builder().store(CorpusStore.get().dir()).port(0).timeout(TIMEOUT).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static List<Ask> asks() {
        List<Ask> asks = new ArrayList<>();
        for (QueryFile q : QueryLibrary.load(Path.of("queries")).queries()) {
            asks.add(new Ask("api/run?query=" + q.name(), "application/sparql-results+json", "\"bindings\""));
        }
        asks.add(new Ask("npkg/sparql?query=" + Http.encode("PREFIX np: <" + NP.NS + ">\n"
                + "SELECT ?f ?text WHERE { ?f np:object np:BDNF ; np:evidence/np:text ?text } LIMIT 50"),
                "application/sparql-results+json", "\"bindings\""));
        asks.add(new Ask("page?iri=" + Http.encode(NP.resource("TrkB").getURI()), "text/html", "<h1>TrkB</h1>"));
        return asks;
    }

    @Test
    void sixteenClientsAskTheWholeLibraryWithoutAnError() throws Exception {
        List<Ask> asks = asks();
        long started = System.nanoTime();
        long deadline = started + DURATION.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<LoadClient.Run>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(new LoadClient(server.url(), asks, c * asks.size() / CLIENTS, deadline, MAX_ROUNDS)));
        }
        List<Long> millis = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (Future<LoadClient.Run> f : futures) {
            LoadClient.Run run = f.get();
            millis.addAll(run.millis());
            answered.addAll(run.answered());
            errors.addAll(run.errors());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies latencies = Latencies.of(millis);
        System.out.printf("load: %d clients for %.1f s, %d kinds of request: %d answered, %d errors, %.0f requests/s, "
                + "p50 %d ms, p99 %d ms, max %d ms%n", CLIENTS, seconds, asks.size(), latencies.count(), errors.size(),
                latencies.count() / seconds, latencies.percentile(50), latencies.percentile(99), latencies.max());
        assertEquals(List.of(), errors.subList(0, Math.min(5, errors.size())), errors.size() + " errors");
        assertEquals(asks.stream().map(Ask::path).collect(Collectors.toSet()), answered, "every request answered at least once");
        assertTrue(latencies.count() >= CLIENTS, "fewer answers than clients: " + latencies);
    }
}
