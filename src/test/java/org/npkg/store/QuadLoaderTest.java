package org.npkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.vocabulary.NP;

/** A new database's packed indexes hold what adding the same quads one by one leaves. */
class QuadLoaderTest {

    @TempDir
    Path tmp;

    /** Enough quads for B+trees of several levels, with inline literals and a duplicate. */
    private static List<Quad> quads() {
        List<Quad> quads = new ArrayList<>();
        Node type = NodeFactory.createURI(NP.NS + "type");
        Node count = NodeFactory.createURI(NP.NS + "count");
        Node label = NodeFactory.createURI(NP.NS + "label");
        for (int doc = 0; doc < 30; doc++) {
            Node graph = NodeFactory.createURI(NP.ID + "doc" + doc);
            for (int i = 0; i < 1000; i++) {
                Node subject = NodeFactory.createURI(NP.ID + "s" + (i * 7 % 1300));
                quads.add(Quad.create(graph, subject, type, NodeFactory.createURI(NP.NS + "C" + (i % 5))));
                quads.add(Quad.create(graph, subject, count, NodeFactory.createLiteralDT(String.valueOf(i - 500),
                        i % 2 == 0 ? XSDDatatype.XSDinteger : XSDDatatype.XSDdecimal)));
                quads.add(Quad.create(graph, subject, label, NodeFactory.createLiteralString("label " + i)));
            }
        }
        quads.add(quads.get(17));
        return quads;
    }

    private Store build(String name, Function<DatasetGraph, QuadLoader> loaderOf) throws StoreException {
        Store store = Store.at(tmp.resolve(name));
        store.rebuild(ds -> Txn.executeWrite(ds, () -> {
            QuadLoader loader = loaderOf.apply(ds.asDatasetGraph());
            quads().forEach(q -> loader.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            loader.flush();
        }));
        return store;
    }

    /** Every index's quads, as nodes, and a check of every tree's structure. */
    private static List<Set<Quad>> indexContents(Store store) throws StoreException {
        return store.read(ds -> {
            var table = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph()).getQuadTable().getNodeTupleTable();
            List<Set<Quad>> contents = new ArrayList<>();
            for (TupleIndex index : table.getTupleTable().getIndexes()) {
                ((BPlusTree) ((TupleIndexRecord) index).getRangeIndex()).check();
                Set<Quad> quads = new HashSet<>();
                for (Tuple<NodeId> t : Iter.toList(index.all())) {
                    var nodes = table.getNodeTable();
                    quads.add(Quad.create(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)),
                            nodes.getNodeForNodeId(t.get(2)), nodes.getNodeForNodeId(t.get(3))));
                }
                contents.add(quads);
            }
            return contents;
        });
    }

    @Test
    void packedIndexesHoldWhatAddedIndexesHold() throws Exception {
        List<Set<Quad>> added = indexContents(build("added", QuadLoader::into));
        List<Set<Quad>> packed = indexContents(build("packed", QuadLoader::intoNew));
        List<Set<Quad>> partly = indexContents(build("partly", dsg -> QuadLoader.intoNew(dsg, 1000)));
        assertEquals(Set.copyOf(quads()).size(), added.get(0).size());
        for (int i = 0; i < added.size(); i++) {
            assertTrue(added.get(0).equals(added.get(i)), "index " + i + " of the added database");
            assertTrue(added.get(i).equals(packed.get(i)), "index " + i + " packed");
            assertTrue(added.get(i).equals(partly.get(i)), "index " + i + " packed up to a limit, then added");
        }
    }

    @Test
    void aPackedDatabaseTakesUpdatesAfterReopening() throws Exception {
        Quad removed = quads().get(5);
        Quad added = Quad.create(removed.getGraph(), removed.getSubject(), removed.getPredicate(),
                NodeFactory.createLiteralString("new"));
        List<List<Set<Quad>>> updated = new ArrayList<>();
        for (Store store : List.of(build("added", QuadLoader::into), build("packed", QuadLoader::intoNew))) {
            store.update((Dataset ds, Path dir) -> {
                ds.asDatasetGraph().delete(removed);
                ds.asDatasetGraph().add(added);
            });
            Boolean hasAdded = store.read(ds -> ds.asDatasetGraph().contains(added));
            Boolean hasRemoved = store.read(ds -> ds.asDatasetGraph().contains(removed));
            assertTrue(hasAdded);
            assertFalse(hasRemoved);
            updated.add(indexContents(store));
        }
        assertTrue(updated.get(0).equals(updated.get(1)), "the updated databases differ");
    }
}
