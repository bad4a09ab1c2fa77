package org.npkg.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.query.QueryRunner;
import org.npkg.query.ResultFormat;
import org.npkg.store.Store;
import org.npkg.store.StoreException;

/** Each library question run several times on a store, with its default parameters, results written as CSV. */
final class QueryLatency {

    /** Milliseconds of one question: median and 95th percentile of the timed runs. */
    record Latency(String query, double medianMillis, double p95Millis, int runs) {}

    /** After this long a question is run only a few times more: enough for a median. */
    private static final double SLOW_MILLIS = 5_000;

    /** A question still running after this long is stopped and reported as timed out. */
    static final long TIMEOUT_MILLIS = 60_000;

    private QueryLatency() {}

    static List<Latency> measure(Store store, Path queries, int runs) throws StoreException {
        List<QueryFile> files = QueryLibrary.load(queries).queries();
        return store.read(ds -> {
            ds.getContext().set(ARQ.queryTimeout, Long.toString(TIMEOUT_MILLIS));
            List<Latency> latencies = new ArrayList<>();
            QueryRunner runner = QueryRunner.builder().dataset(ds).format(ResultFormat.CSV).build();
            for (QueryFile file : files) {
                double first = time(runner, file);
                if (Double.isInfinite(first)) {
                    latencies.add(new Latency(file.name(), first, first, 1));
                    continue;
                }
                int n = first > SLOW_MILLIS ? Math.min(3, runs) : runs;
                double[] millis = new double[n];
                for (int i = 0; i < n; i++) {
                    millis[i] = time(runner, file);
                }
                latencies.add(new Latency(file.name(), percentile(millis, 50), percentile(millis, 95), n));
            }
            return latencies;
        });
    }

    /** Milliseconds of one run, or infinity when it timed out. */
    private static double time(QueryRunner runner, QueryFile file) {
        long started = System.nanoTime();
        try {
            runner.run(file, OutputStream.nullOutputStream());
        } catch (QueryCancelledException e) {
            return Double.POSITIVE_INFINITY;
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
