package org.npkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowSortTest {

    private static final int[] COLUMNS = {2, 0, 3, 1};

    @Test
    void sortsRowsByTheGivenColumnsAsUnsignedLongs() {
        Random random = new Random(7);
        int rows = 5000;
        long[] cells = new long[4 * rows];
        for (int i = 0; i < cells.length; i++) {
            // few distinct values, some with the top bit set, so ties, duplicates and sign all matter
            cells[i] = random.nextInt(4) + (random.nextBoolean() ? Long.MIN_VALUE : 0);
        }
        List<long[]> expected = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            expected.add(new long[] {cells[4 * r], cells[4 * r + 1], cells[4 * r + 2], cells[4 * r + 3]});
        }
        expected.sort(byColumns());

        new RowSort(cells, 4, COLUMNS).sort(0, rows - 1);

        for (int r = 0; r < rows; r++) {
            assertArrayEquals(expected.get(r), new long[] {cells[4 * r], cells[4 * r + 1], cells[4 * r + 2], cells[4 * r + 3]},
                    "row " + r);
        }
    }

    @Test
    void sortsShortAndSortedRanges() {
        long[] one = {5, 6, 7, 8};
        new RowSort(one, 4, COLUMNS).sort(0, 0);
        assertArrayEquals(new long[] {5, 6, 7, 8}, one);
        long[] sorted = new long[4 * 100];
        for (int r = 0; r < 100; r++) {
            sorted[4 * r + 2] = r;
        }
        long[] copy = sorted.clone();
        new RowSort(sorted, 4, COLUMNS).sort(0, 99);
        assertArrayEquals(copy, sorted);
    }

    private static Comparator<long[]> byColumns() {
        return (a, b) -> {
            for (int column : COLUMNS) {
                int c = Long.compareUnsigned(a[column], b[column]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
