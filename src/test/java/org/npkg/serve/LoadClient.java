package org.npkg.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * One client of a load test: its own HTTP connection, asking the given requests in turn, from
 * its own starting point, until the deadline or the round limit, timing each.
 */
final class LoadClient implements Callable<LoadClient.Run> {

    /** A request and a piece of text its answer must contain to count as served. */
    record Ask(String path, String accept, String expect) {}

    /** What one client saw: latencies of the requests answered as expected, the paths answered, errors. */
    record Run(List<Long> millis, Set<String> answered, List<String> errors) {}

    private final String base;
    private final List<Ask> asks;
    private final int start;
    private final long deadlineNanos;
    private final int maxRounds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadClient(String base, List<Ask> asks, int start, long deadlineNanos, int maxRounds) {
        this.base = base;
        this.asks = asks;
        this.start = start;
        this.deadlineNanos = deadlineNanos;
        this.maxRounds = maxRounds;
    }

    @Override
    public Run call() {
        List<Long> millis = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (int n = 0; n < maxRounds * asks.size() && System.nanoTime() < deadlineNanos; n++) {
            Ask ask = asks.get((start + n) % asks.size());
            String error = send(ask, millis);
            if (error == null) {
                answered.add(ask.path());
            } else {
                errors.add(error);
            }
        }
        return new Run(millis, answered, errors);
    }

    /** Sends one request; null when it was answered as expected, else what went wrong. */
    private String send(Ask ask, List<Long> millis) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + ask.path())).header("Accept", ask.accept())
                .timeout(Duration.ofSeconds(60)).GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains(ask.expect())) {
                return ask.path() + " → " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
            }
            millis.add((System.nanoTime() - started) / 1_000_000);
            return null;
        } catch (Exception e) {
            return ask.path() + " → " + e;
        }
    }
}
