package org.npkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.npkg.store.Store;
import org.npkg.store.StoreException;

/**
 * The store as the server sees it: the TDB2 database opened once for the server's life, wrapped
 * read-only, with its context set so every query — Fuseki's endpoint and npkg's own pages alike —
 * sees the union of the named graphs as its default graph, stops at the timeout, and may not
 * call out with SERVICE.
 */
final class ServedDataset implements AutoCloseable {

    private final DatasetGraph database;
    private final DatasetGraph readOnly;

    private ServedDataset(DatasetGraph database, Duration timeout) {
        this.database = database;
        database.getContext().set(TDB2.symUnionDefaultGraph, true);
        database.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        database.getContext().set(ARQ.httpServiceAllowed, false);
        CancellableOpExecutor.install(database.getContext(), timeout);
        this.readOnly = new DatasetGraphReadOnly(database);
    }

    static ServedDataset open(Path storeDir, Duration timeout) {
        try {
            return new ServedDataset(Store.at(storeDir).open(), timeout);
        } catch (StoreException e) {
            throw new ServeException(e.id(), e.getMessage(), e);
        }
    }

    /** The read-only view to serve; its context is the database's. */
    DatasetGraph graph() {
        return readOnly;
    }

    @Override
    public void close() {
        TDBInternal.expel(database);
    }
}
