package org.npkg.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * npkg's TDB2 store at one directory.
 *
 * <p>A full build never writes into the live database: {@link #rebuild} fills a new database in a
 * sibling directory and swaps it in only when the writer has finished, so readers see either
 * the old graph or the new one, never half a build. An {@link #update} changes the live
 * database within one write transaction, which TDB2 makes just as all-or-nothing. The swap is two renames
 * ({@code dir → dir.old}, {@code new → dir}); a crash between them leaves {@code dir.old}
 * alone, and the next use of the store moves it back (see {@link StoreLayout#recover()}).
 *
 * <p>Other npkg processes are kept out by a {@link StoreLock}: shared while reading, exclusive
 * while building, so no process recovers, swaps or reads a store another is swapping.
 *
 * <p>The store opens its database for each call and releases it from Jena's connection cache
 * afterwards, so no connection outlives a call and a swap never pulls files from under a
 * cached connection in this JVM.
 */
public final class Store {

    /** Where the store lives unless {@code --store} says otherwise. */
    public static final Path DEFAULT_DIR = Path.of("target", "npkg", "store");

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** How TDB2 says another process has the database open. */
    private static final Pattern HELD_BY = Pattern.compile("Failed to get a lock.*held by process (\\d+)");

    private final StoreLayout layout;

    private Store(Path dir) {
        this.layout = new StoreLayout(dir);
    }

    public static Store at(Path dir) {
        return new Store(dir);
    }

    public Path dir() {
        return layout.dir();
    }

    /** True when a database is present at the store's directory (after crash recovery). */
    public boolean exists() throws StoreException {
        try (StoreLock lock = lockShared()) {
            layout.recover();
            return layout.isDatabase(layout.dir());
        }
    }

    /**
     * Holds the store against builds by other processes until closed; {@link #read} takes it for
     * its own call, a server takes it for its whole life. Fails with {@code store-in-use}.
     */
    public StoreLock lockShared() throws StoreException {
        return StoreLock.shared(layout.dir());
    }

    /**
     * Holds the store against every other npkg process until closed; {@link #rebuild} and
     * {@link #update} take it for their own call, a build for all of its reads and writes.
     */
    public StoreLock lockExclusive() throws StoreException {
        return StoreLock.exclusive(layout.dir());
    }

    /**
     * Builds a new database and swaps it in. The writer receives an empty TDB2 dataset and
     * manages its own transactions ({@code Txn.executeWrite}), one or several: a large corpus
     * can be loaded in batches with bounded memory, and atomicity comes from the swap, not
     * from a single transaction. If the writer throws, the new database is deleted and the
     * current store is left untouched.
     */
    public void rebuild(Consumer<Dataset> writer) throws StoreException {
        rebuild((dataset, directory) -> writer.accept(dataset));
    }

    /** As {@link #rebuild(Consumer)}, for a writer that also keeps a file beside the database. */
    public void rebuild(StoreWriter writer) throws StoreException {
        try (StoreLock lock = lockExclusive()) {
            layout.recover();
            layout.removeAbandonedBuilds();
            Path building = layout.newBuildingDir();
            LOG.debug("building new store in {}", building);
            fill(building, writer);
        }
    }

    /**
     * Changes the live database in place, in one TDB2 write transaction around the whole writer:
     * TDB2 commits atomically and durably, so a crash or a failing writer leaves the last
     * committed graph, whole, and readers (kept out by the exclusive lock meanwhile) see the old
     * graph or the new one. Unlike {@link #rebuild} nothing is copied, so an update costs what
     * it changes, not the size of the store. The writer must not end the transaction itself.
     */
    public void update(StoreWriter writer) throws StoreException {
        try (StoreLock lock = lockExclusive()) {
            requireExists();
            layout.removeAbandonedBuilds();
            LOG.debug("updating the store at {} in one transaction", layout.dir());
            DatasetGraph dsg = connect(layout.dir());
            try {
                Dataset ds = DatasetFactory.wrap(dsg);
                Txn.executeWrite(ds, () -> writer.write(ds, layout.dir()));
            } catch (RuntimeException | Error e) {
                throw new StoreException("store-build-failed",
                        "build failed, store at " + layout.dir() + " left unchanged: " + e.getMessage(), e);
            } finally {
                TDBInternal.expel(dsg);
            }
            LOG.debug("store at {} updated", layout.dir());
        }
    }

    private void fill(Path building, StoreWriter writer) throws StoreException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(building.toString());
        try {
            writer.write(DatasetFactory.wrap(dsg), building);
        } catch (RuntimeException | Error e) {
            TDBInternal.expel(dsg, true);
            layout.deleteQuietly(building);
            throw new StoreException("store-build-failed",
                    "build failed, store at " + layout.dir() + " left unchanged: " + e.getMessage(), e);
        }
        TDBInternal.expel(dsg);
        releaseIfOpen(layout.dir());
        layout.swapIn(building);
        LOG.debug("store at {} replaced", layout.dir());
    }

    /**
     * Runs the reader in a read transaction. The dataset's default graph is the union of its
     * named graphs ({@link TDB2#symUnionDefaultGraph}), so queries see every document's graph
     * without GRAPH clauses. The reader must finish with the dataset before it returns.
     */
    public <T> T read(Function<Dataset, T> reader) throws StoreException {
        try (StoreLock lock = lockShared()) {
            requireExists();
            DatasetGraph dsg = connect(layout.dir());
            try {
                Dataset ds = DatasetFactory.wrap(dsg);
                ds.getContext().set(TDB2.symUnionDefaultGraph, true);
                return Txn.calculateRead(ds, () -> reader.apply(ds));
            } finally {
                TDBInternal.expel(dsg);
            }
        }
    }

    /**
     * Opens the database for a reader that keeps it open, as a server does, holding
     * {@link #lockShared} meanwhile and expelling the database when done; fails with
     * {@code store-missing} or, when another process has it open, {@code store-in-use}.
     */
    public DatasetGraph open() throws StoreException {
        try (StoreLock lock = lockShared()) {
            requireExists();
            return connect(layout.dir());
        }
    }

    private void requireExists() throws StoreException {
        if (!exists()) {
            throw new StoreException("store-missing",
                    "no store at " + layout.dir() + ": run `npkg build` first");
        }
    }

    /**
     * Opens the database. TDB2 itself lets one process at a time open a database (its
     * {@code tdb.lock}); a server keeps it open for its whole life, so a reader in another
     * process meets that lock even when it shares {@link StoreLock}: the same "in use" error.
     */
    private static DatasetGraph connect(Path dir) throws StoreException {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (DBOpEnvException e) {
            Matcher held = HELD_BY.matcher(String.valueOf(e.getMessage()));
            if (held.find()) {
                throw StoreLock.inUse(dir, "its database is open in process " + held.group(1));
            }
            throw new StoreException("store-io", "cannot open store at " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("store-io", "cannot open store at " + dir + ": " + e.getMessage(), e);
        }
    }

    private void releaseIfOpen(Path dir) throws StoreException {
        if (layout.isDatabase(dir)) {
            TDBInternal.expel(connect(dir));
        }
    }

}
