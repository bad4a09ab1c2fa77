package org.npkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A lock on a store against other npkg processes: an operating-system lock on the file
 * {@code <store>.lock} beside the store folder (so it survives the swap of the folder itself).
 * A build holds it exclusively from the first read of the store to the swap; readers (query,
 * export, report, serve) hold it shared, so none reads while a build runs (TDB2's own
 * {@code tdb.lock} still lets only one process at a time open the database itself). A process
 * that cannot get it fails at once with {@code store-in-use} and touches nothing; a process that
 * dies, however it dies, releases it with its file descriptors, so a lock never outlives a crash.
 * The lock file is left in place: deleting it would race with another process that has just
 * opened it.
 *
 * <p>Operating-system file locks belong to the whole JVM, and Java refuses a second overlapping
 * lock in the same JVM, so holds within one process are counted: the first takes the lock, the
 * last releases it. Within a process the store's own build-aside-and-swap keeps readers and
 * writers apart; the lock is for other processes. An exclusive hold asked for while this
 * process holds only a shared one is refused, as another process's shared hold would be.
 */
public final class StoreLock implements AutoCloseable {

    /** The holds of this JVM, by lock file; guarded by its own monitor. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path file;
    private boolean closed;

    private StoreLock(Path file) {
        this.file = file;
    }

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int count = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    /** The lock file of the store at {@code storeDir}. */
    public static Path fileOf(Path storeDir) {
        Path dir = storeDir.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".lock");
    }

    static StoreLock shared(Path storeDir) throws StoreException {
        return acquire(storeDir, true);
    }

    static StoreLock exclusive(Path storeDir) throws StoreException {
        return acquire(storeDir, false);
    }

    private static StoreLock acquire(Path storeDir, boolean shared) throws StoreException {
        Path file = fileOf(storeDir);
        if (shared && !Files.isDirectory(file.getParent())) {
            return new StoreLock(null); // no folder, no store to read: leave no trace, let the reader say it is missing
        }
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                if (!shared && held.lock.isShared()) {
                    throw inUse(storeDir, file);
                }
                held.count++;
                return new StoreLock(file);
            }
            FileChannel channel = open(storeDir, file);
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
                if (lock == null) {
                    channel.close();
                    throw inUse(storeDir, file);
                }
                HELD.put(file, new Held(channel, lock));
                return new StoreLock(file);
            } catch (IOException | OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new StoreException("store-io", "cannot lock " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static FileChannel open(Path storeDir, Path file) throws StoreException {
        try {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("store-io", "cannot open the lock file of the store at " + storeDir + ": "
                    + e.getMessage(), e);
        }
    }

    private static StoreException inUse(Path storeDir, Path file) {
        return inUse(storeDir, "it holds " + file.getFileName());
    }

    /** The error of a store another process holds; {@code how} says how we know. */
    static StoreException inUse(Path storeDir, String how) {
        return new StoreException("store-in-use", "store " + storeDir + " is in use by another npkg process"
                + " (" + how + "); try again when it has finished");
    }

    /** Releases this hold; the lock itself goes with the last hold of the process. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed || file == null) {
                return;
            }
            closed = true;
            Held held = HELD.get(file);
            if (held != null && --held.count == 0) {
                HELD.remove(file);
                closeQuietly(held.channel); // closing the channel releases its lock
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing is left to release
        }
    }
}
