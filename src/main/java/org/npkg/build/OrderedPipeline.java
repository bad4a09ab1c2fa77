package org.npkg.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Maps items on a pool of worker threads and hands the results to one consumer in input order.
 * At most {@code window} items are in flight (being worked on or waiting for the consumer), so
 * memory stays flat however many items there are; the consumer runs on the calling thread, so
 * it needs no locking and sees results in the same order on every run, whatever the thread count.
 */
final class OrderedPipeline {

    private final int threads;
    private final int window;

    OrderedPipeline(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.window = threads * 3;
    }

    int threads() {
        return threads;
    }

    <T, R> void run(List<T> items, Function<T, R> work, BiConsumer<T, R> consumer) {
        try (Started<T, R> started = start(items, work)) {
            started.forEach(consumer);
        }
    }

    /**
     * Starts the work on the first window of items at once, so the workers are busy while the
     * caller gets ready to consume (a build opens its database meanwhile). Close it when done:
     * that stops the workers, also when the consumer failed or never came.
     */
    <T, R> Started<T, R> start(List<T> items, Function<T, R> work) {
        return new Started<>(items, work);
    }

    /** Work under way; {@link #forEach} consumes its results once. */
    final class Started<T, R> implements AutoCloseable {
        private final List<T> items;
        private final Function<T, R> work;
        private final ExecutorService pool;
        private final Deque<Future<R>> inFlight = new ArrayDeque<>();
        private int submitted;

        private Started(List<T> items, Function<T, R> work) {
            this.items = items;
            this.work = work;
            this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons());
            fill();
        }

        private void fill() {
            while (pool != null && submitted < items.size() && inFlight.size() < window) {
                T item = items.get(submitted++);
                inFlight.add(pool.submit(() -> work.apply(item)));
            }
        }

        void forEach(BiConsumer<T, R> consumer) {
            if (pool == null) {
                items.forEach(item -> consumer.accept(item, work.apply(item)));
                return;
            }
            for (int consumed = 0; consumed < items.size(); consumed++) {
                fill();
                consumer.accept(items.get(consumed), await(inFlight.removeFirst()));
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "npkg-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
