package org.npkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsArriveInInputOrderWhateverTheThreads() {
        for (int threads : new int[] {1, 2, 4}) {
            List<String> seen = new ArrayList<>();
            new OrderedPipeline(threads).run(ITEMS, i -> {
                if (i % 7 == 0) {
                    Thread.onSpinWait();
                }
                return "r" + i;
            }, (item, result) -> seen.add(item + "=" + result));
            assertEquals(ITEMS.stream().map(i -> i + "=r" + i).toList(), seen, threads + " threads");
        }
    }

    @Test
    void noMoreThanAWindowOfItemsIsInFlight() {
        AtomicInteger started = new AtomicInteger();
        int[] consumed = {0};
        int[] most = {0};
        new OrderedPipeline(2).run(ITEMS, i -> {
            started.incrementAndGet();
            return i;
        }, (item, result) -> {
            consumed[0]++;
            most[0] = Math.max(most[0], started.get() - consumed[0]);
        });
        assertTrue(most[0] <= 6, "in flight at most 3 per thread, saw " + most[0]);
    }

    @Test
    void aWorkersFailureReachesTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OrderedPipeline(2).run(ITEMS, i -> {
            if (i == 50) {
                throw new IllegalStateException("bad item");
            }
            return i;
        }, (item, result) -> {}));
        assertEquals("bad item", e.getMessage());
    }
}
