package org.npkg.build;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes named graphs into a TDB2 database in few, large write transactions: a transaction is
 * committed once it holds {@code batch} quads, not once per document, because each commit
 * syncs the disk. Atomicity of the build does not rest on these transactions — the database is
 * not live until the store swaps it in — so the batch size only trades memory for speed.
 *
 * <p>The one place in npkg that opens a transaction without {@code Txn}: a batch spans several
 * calls. {@link #close()} commits what is pending; {@link #abort()} drops it.
 */
final class GraphWriter implements AutoCloseable {

    private final DatasetGraph dataset;
    private final long batch;
    private long pending;
    private long written;
    private long nanos;

    GraphWriter(DatasetGraph dataset, long batch) {
        this.dataset = dataset;
        this.batch = batch;
    }

    /** Adds the graph under {@code name}, replacing what the database held under that name (see {@link #remove}). */
    void replace(Node name, Model graph) {
        long started = System.nanoTime();
        begin();
        dataset.removeGraph(name);
        add(name, graph.getGraph());
        nanos += System.nanoTime() - started;
    }

    /** Adds the graph under {@code name} to a database that holds no graph of that name. */
    void add(Node name, Model graph) {
        long started = System.nanoTime();
        begin();
        add(name, graph.getGraph());
        nanos += System.nanoTime() - started;
    }

    /**
     * Removes the graph. Not {@code deleteAny(name, ANY, ANY, ANY)}: in Jena 5.6 TDB2 that
     * misses quads whose object is an integral xsd:decimal ("604800"), which it stores inline
     * and gives back as "604800.0"; {@code removeGraph} removes them all.
     */
    void remove(Node name) {
        begin();
        dataset.removeGraph(name);
    }

    private void add(Node name, Graph graph) {
        graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        long size = graph.size();
        pending += size;
        written += size;
        if (pending >= batch) {
            commit();
        }
    }

    private void begin() {
        if (!dataset.isInTransaction()) {
            dataset.begin(TxnType.WRITE);
        }
    }

    private void commit() {
        if (dataset.isInTransaction()) {
            dataset.commit();
            dataset.end();
        }
        pending = 0;
    }

    /** Quads written so far. */
    long written() {
        return written;
    }

    /** Time spent writing, commits included. */
    double seconds() {
        return nanos / 1e9;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        commit();
        nanos += System.nanoTime() - started;
    }

    void abort() {
        if (dataset.isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
    }
}
