package org.npkg.serve;

import java.util.Arrays;
import java.util.List;

/** Request latencies in milliseconds, sorted, with the percentiles a load report gives. */
record Latencies(long[] sortedMillis) {

    static Latencies of(List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedMillis.length;
    }

    /** The nearest-rank percentile: the smallest latency that {@code p} per cent of requests did not exceed. */
    long percentile(double p) {
        if (sortedMillis.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
        return sortedMillis[Math.max(0, rank - 1)];
    }

    long max() {
        return percentile(100);
    }

    @Override
    public String toString() {
        return count() + " requests, p50 " + percentile(50) + " ms, p99 " + percentile(99) + " ms, max " + max() + " ms";
    }
}
