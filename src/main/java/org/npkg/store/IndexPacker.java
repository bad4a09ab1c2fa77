package org.npkg.store;

import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Writes an empty quad index of a new database bottom up, as TDB2's own bulk loader (xloader)
 * does: the quads sorted once in the index's key order and packed into full leaves, then the
 * levels of branches above them, with {@link BPlusTreeRewriter}. Adding quads one at a time
 * searches the tree from its root for every quad and splits pages as they fill; packing does
 * neither, and leaves pages full where splitting leaves them half full.
 *
 * <p>The rewriter writes the tree's root into its first block in place, which a transaction
 * must never do to a database others can read: pack only a database nobody else sees yet (a
 * rebuild's, before the swap), inside its write transaction. The commit then records the
 * packed tree as TDB2 records any other: its root, still the first block, and the blocks
 * the tree now uses, which the rewriter took from the tree's own block managers.
 */
final class IndexPacker {

    private IndexPacker() {}

    /** Packs the rows into {@code index}, which must be empty and in a write transaction. */
    static void pack(TupleIndex index, QuadRows rows) {
        if (rows.size() == 0) {
            return;
        }
        if (!(index instanceof TupleIndexRecord record) || !(record.getRangeIndex() instanceof BPlusTree tree)) {
            throw new IllegalStateException("not a B+tree index: " + index.getName());
        }
        if (!index.isEmpty()) {
            throw new IllegalStateException("index " + index.getName() + " is not empty");
        }
        RecordFactory factory = tree.getRecordFactory();
        BPlusTreeRewriter.packIntoBPlusTree(rows.sortedRecords(columns(index.getMapping()), factory),
                tree.getParams(), factory, tree.getStateManager().getBufferChannel(),
                tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr());
    }

    /** For each slot of the index's key, the slot of the quad (graph, subject, predicate, object) it holds. */
    static int[] columns(TupleMap map) {
        int[] columns = new int[map.length()];
        for (int slot = 0; slot < columns.length; slot++) {
            columns[slot] = map.mapSlot(slot, TupleFactory.create4(0, 1, 2, 3));
        }
        return columns;
    }
}
