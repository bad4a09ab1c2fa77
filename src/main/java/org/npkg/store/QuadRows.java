package org.npkg.store;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;

/**
 * Quads held as rows of four node ids in one array of longs, each id as the eight bytes TDB2
 * writes into an index key: 32 bytes a quad and no object per quad, so a whole build's quads
 * fit in a heap that could not hold them as {@code Tuple}s. Comparing two ids as unsigned
 * longs orders them as TDB2 orders keys (byte by byte, unsigned), so rows sorted here are in
 * an index's key order.
 */
final class QuadRows {

    private static final int WIDTH = 4;

    private long[] cells = new long[WIDTH * 1024];
    private int size;

    void add(NodeId graph, NodeId subject, NodeId predicate, NodeId object) {
        if (WIDTH * (size + 1) > cells.length) {
            cells = Arrays.copyOf(cells, cells.length * 2);
        }
        int at = WIDTH * size++;
        cells[at] = encode(graph);
        cells[at + 1] = encode(subject);
        cells[at + 2] = encode(predicate);
        cells[at + 3] = encode(object);
    }

    int size() {
        return size;
    }

    /**
     * Sorts the rows by their columns in the order {@code columns} names them (an index's key
     * order: {@code columns[0]} first), then gives them as that index's records, each distinct
     * quad once.
     */
    Iterator<Record> sortedRecords(int[] columns, RecordFactory factory) {
        new RowSort(cells, WIDTH, columns).sort(0, size - 1);
        return new Iterator<>() {
            private int next = 0;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Record next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                byte[] key = new byte[WIDTH * NodeId.SIZE];
                for (int slot = 0; slot < WIDTH; slot++) {
                    Bytes.setLong(cells[WIDTH * next + columns[slot]], key, slot * NodeId.SIZE);
                }
                do {
                    next++;
                } while (next < size && sameRow(next - 1, next));
                return factory.create(key);
            }
        };
    }

    private boolean sameRow(int a, int b) {
        for (int column = 0; column < WIDTH; column++) {
            if (cells[WIDTH * a + column] != cells[WIDTH * b + column]) {
                return false;
            }
        }
        return true;
    }

    /** The id's eight bytes, as TDB2 writes them into a key, read as one big-endian long. */
    private static long encode(NodeId id) {
        byte[] bytes = new byte[NodeId.SIZE];
        NodeIdFactory.set(id, bytes);
        return Bytes.getLong(bytes);
    }
}
