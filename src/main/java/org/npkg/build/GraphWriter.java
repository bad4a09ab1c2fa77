package org.npkg.build;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.npkg.store.QuadLoader;

/**
 * Writes named graphs into a TDB2 database, inside the caller's write transaction: one
 * transaction for the whole build, so each B+tree page is copied once per build rather than
 * once per commit, and an update is all-or-nothing.
 *
 * <p>It keeps the time spent inside TDB2's adds and removes, by the clock and by the writing
 * thread's CPU time: the writer shares the cores with the extracting threads, so the clock
 * alone counts the time it waited for a core as time spent writing.
 */
final class GraphWriter {

    private final DatasetGraph dataset;
    private final QuadLoader loader;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
    private long written;
    private long nanos;
    private long cpuNanos;

    /**
     * {@code fresh}: the database is a rebuild's, new and seen by nobody else until its swap,
     * so its indexes are packed rather than added to (see {@link QuadLoader#intoNew}).
     */
    GraphWriter(DatasetGraph dataset, boolean fresh) {
        this.dataset = dataset;
        this.loader = fresh ? QuadLoader.intoNew(dataset) : QuadLoader.into(dataset);
    }

    /** Adds the graph under {@code name}, replacing what the database held under that name (see {@link #remove}). */
    void replace(Node name, Model graph) {
        long started = System.nanoTime();
        long cpu = cpu();
        loader.flush();
        dataset.removeGraph(name);
        add(name, graph.getGraph());
        tally(started, cpu);
    }

    /** Adds the graph under {@code name} to a database that holds no graph of that name. */
    void add(Node name, Model graph) {
        long started = System.nanoTime();
        long cpu = cpu();
        add(name, graph.getGraph());
        tally(started, cpu);
    }

    /**
     * Adds a graph that is not a document's (the ontology): counted neither in {@link #written()}
     * nor in the writing time, which are the documents' alone.
     */
    void addOther(Node name, Model graph) {
        long before = written;
        add(name, graph.getGraph());
        written = before;
    }

    /**
     * Removes the graph. Not {@code deleteAny(name, ANY, ANY, ANY)}: in Jena 5.6 TDB2 that
     * misses quads whose object is an integral xsd:decimal ("604800"), which it stores inline
     * and gives back as "604800.0"; {@code removeGraph} removes them all.
     */
    void remove(Node name) {
        long started = System.nanoTime();
        long cpu = cpu();
        loader.flush();
        dataset.removeGraph(name);
        tally(started, cpu);
    }

    private void add(Node name, Graph graph) {
        graph.find().forEachRemaining(t -> loader.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        written += graph.size();
    }

    private long cpu() {
        return cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
    }

    private void tally(long started, long cpu) {
        nanos += System.nanoTime() - started;
        cpuNanos += cpu() - cpu;
    }

    /** Writes what is pending: call before reading the database. */
    void flush() {
        long started = System.nanoTime();
        long cpu = cpu();
        loader.flush();
        tally(started, cpu);
    }

    /** Quads written so far. */
    long written() {
        return written;
    }

    /** Time spent inside TDB2, by the clock. */
    double seconds() {
        return nanos / 1e9;
    }

    /** CPU time of the writing thread inside TDB2 (0 where the JVM cannot tell). */
    double cpuSeconds() {
        return cpuNanos / 1e9;
    }
}
