package org.npkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.npkg.vocabulary.NP;

class RecurringNodesTest {

    @Test
    void givesTheIdsTheNodeTableGivesAcrossGraphs() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        NodeTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
        List<Node> graphs = List.of(NodeFactory.createURI(NP.ID + "a"), NodeFactory.createURI(NP.ID + "b"));
        List<Node> nodes = List.of(NodeFactory.createURI(NP.ID + "x"), NodeFactory.createLiteralString("x"),
                NodeFactory.createLiteralDT("604800", XSDDatatype.XSDdecimal),
                NodeFactory.createBlankNode());
        Txn.executeWrite(dsg, () -> {
            RecurringNodes recurring = new RecurringNodes(table);
            for (int round = 0; round < 3; round++) {
                for (Node graph : graphs) {
                    assertEquals(table.getAllocateNodeId(graph), recurring.id(graph, graph));
                    for (Node node : nodes) {
                        assertEquals(table.getAllocateNodeId(node), recurring.id(graph, node), node.toString());
                    }
                }
            }
        });
    }
}
