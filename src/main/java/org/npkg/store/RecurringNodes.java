package org.npkg.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * The node ids of the graph being written. A document's nodes recur within it: its findings
 * are subjects of several quads and objects of others, and the graph's own name is in every
 * quad. TDB2's node cache is shared between threads and bounded, so each lookup there goes
 * through a thread buffer, a concurrent map and the bookkeeping of its eviction policy; here
 * a repeated node costs one plain map lookup. The map is emptied when the graph changes, so
 * it holds one graph's nodes at most (and is emptied beyond {@link #KEPT}, for a huge graph):
 * nodes shared between documents are TDB2's cache's to keep. Ids are kept within one write
 * transaction, in which TDB2 never changes the id of a node.
 */
final class RecurringNodes {

    static final int KEPT = 100_000;

    private final NodeTable nodes;
    private final Map<Node, NodeId> kept = new HashMap<>();
    private Node graph;

    RecurringNodes(NodeTable nodes) {
        this.nodes = nodes;
    }

    /** The id of {@code node}, in a quad of the named graph {@code graph}. */
    NodeId id(Node graph, Node node) {
        if (!graph.equals(this.graph) || kept.size() >= KEPT) {
            kept.clear();
            this.graph = graph;
        }
        NodeId id = kept.get(node);
        if (id == null) {
            id = nodes.getAllocateNodeId(node);
            kept.put(node, id);
        }
        return id;
    }
}
