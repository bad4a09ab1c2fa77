package org.npkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds quads of named graphs to a TDB2 database, inside the caller's write transaction, faster
 * than {@code DatasetGraph.add} one quad at a time: quads are held as node ids and written
 * index by index, each batch sorted in that index's own key order. TDB2 keeps six B+trees of
 * quads; a quad added on its own lands on a different leaf of each, while sorted quads fill one
 * leaf after another, so each page is found, copied and shifted once per batch, not per quad.
 * The order changes only speed: the trees hold the same quads as with {@code add}.
 *
 * <p>Into a new database ({@link #intoNew}) the first {@link #flush()} instead packs each empty
 * index bottom up ({@link IndexPacker}), holding the quads until then as compact rows; more
 * than {@link #PACKED} quads are packed at that many, and the rest added as above.
 *
 * <p>Quads are in the database only after {@link #flush()}; read or remove nothing before it.
 */
public final class QuadLoader {

    /** Quads per batch: about 10 MB of tuples, large enough that a batch covers many documents. */
    private static final int BATCH = 100_000;

    /**
     * Quads held for packing at most: 256 MB of rows (an 80 MB corpus writes about 4.6 million
     * quads), held while documents are still being extracted, so bounded; a larger corpus is
     * packed up to it and added beyond it.
     */
    static final int PACKED = 1 << 23;

    private final RecurringNodes nodes;
    private final TupleIndex[] indexes;
    private final List<Tuple<NodeId>> pending = new ArrayList<>();
    private final int packed;
    private QuadRows unpacked;

    private QuadLoader(NodeTupleTable quads, boolean pack, int packed) {
        this.nodes = new RecurringNodes(quads.getNodeTable());
        this.indexes = quads.getTupleTable().getIndexes();
        this.unpacked = pack ? new QuadRows() : null;
        this.packed = packed;
    }

    /** A loader into the TDB2 database behind {@code dataset}, which must be in a write transaction. */
    public static QuadLoader into(DatasetGraph dataset) {
        return new QuadLoader(quads(dataset), false, 0);
    }

    /**
     * A loader into a new database that nobody else can open yet (a rebuild's, before its
     * swap), in a write transaction, that holds no quads of named graphs. Packing writes in
     * place what an abort cannot undo, so a database whose transaction aborts after a flush
     * must be thrown away, as {@link Store#rebuild} does with a failed build's.
     */
    public static QuadLoader intoNew(DatasetGraph dataset) {
        return intoNew(dataset, PACKED);
    }

    /** As {@link #intoNew(DatasetGraph)}, packing at most {@code packed} quads. */
    static QuadLoader intoNew(DatasetGraph dataset, int packed) {
        return new QuadLoader(quads(dataset), true, packed);
    }

    private static NodeTupleTable quads(DatasetGraph dataset) {
        return TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
    }

    /** Adds one quad of the named graph {@code graph}; it is written at the next {@link #flush()} at the latest. */
    public void add(Node graph, Node subject, Node predicate, Node object) {
        NodeId g = nodes.id(graph, graph);
        NodeId s = nodes.id(graph, subject);
        NodeId p = nodes.id(graph, predicate);
        NodeId o = nodes.id(graph, object);
        if (unpacked != null) {
            unpacked.add(g, s, p, o);
            if (unpacked.size() >= packed) {
                flush();
            }
            return;
        }
        pending.add(TupleFactory.create4(g, s, p, o));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Writes the pending quads into every index. */
    public void flush() {
        if (unpacked != null) {
            for (TupleIndex index : indexes) {
                IndexPacker.pack(index, unpacked);
            }
            unpacked = null;
        }
        if (pending.isEmpty()) {
            return;
        }
        for (TupleIndex index : indexes) {
            pending.sort(inKeyOrder(index.getMapping()));
            for (Tuple<NodeId> quad : pending) {
                index.add(quad);
            }
        }
        pending.clear();
    }

    private static Comparator<Tuple<NodeId>> inKeyOrder(TupleMap map) {
        return (a, b) -> {
            for (int slot = 0; slot < a.len(); slot++) {
                int c = NodeId.compare(map.mapSlot(slot, a), map.mapSlot(slot, b));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
