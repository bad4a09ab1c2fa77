package org.npkg.store;

/**
 * Sorts fixed-width rows of longs in place, comparing the columns in a given order as unsigned
 * longs. The JDK sorts arrays of primitives or of objects, not rows inside one primitive array;
 * making an object per row would cost the memory that keeping rows in one array saves.
 * Quicksort with the median of three, insertion sort for short ranges, and recursion into the
 * shorter side only, so the stack stays shallow whatever the input.
 */
final class RowSort {

    private static final int SHORT = 16;

    private final long[] cells;
    private final int width;
    private final int[] columns;
    private final long[] pivot;

    RowSort(long[] cells, int width, int[] columns) {
        this.cells = cells;
        this.width = width;
        this.columns = columns;
        this.pivot = new long[width];
    }

    /** Sorts rows {@code low} to {@code high}, both included. */
    void sort(int low, int high) {
        while (high - low >= SHORT) {
            int mid = (low + high) >>> 1;
            order(low, mid);
            order(mid, high);
            order(low, mid);
            System.arraycopy(cells, width * mid, pivot, 0, width);
            int i = low;
            int j = high;
            while (i <= j) {
                while (compareToPivot(i) < 0) {
                    i++;
                }
                while (compareToPivot(j) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            if (j - low < high - i) {
                sort(low, j);
                low = i;
            } else {
                sort(i, high);
                high = j;
            }
        }
        for (int i = low + 1; i <= high; i++) {
            for (int j = i; j > low && compare(j - 1, j) > 0; j--) {
                swap(j - 1, j);
            }
        }
    }

    private void order(int a, int b) {
        if (compare(a, b) > 0) {
            swap(a, b);
        }
    }

    private int compare(int a, int b) {
        for (int column : columns) {
            int c = Long.compareUnsigned(cells[width * a + column], cells[width * b + column]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int compareToPivot(int a) {
        for (int column : columns) {
            int c = Long.compareUnsigned(cells[width * a + column], pivot[column]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private void swap(int a, int b) {
        for (int k = 0; k < width; k++) {
            long t = cells[width * a + k];
            cells[width * a + k] = cells[width * b + k];
            cells[width * b + k] = t;
        }
    }
}
