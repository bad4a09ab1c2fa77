package org.npkg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directories of a store on disk and the moves between them: the live database
 * {@code dir}, databases being built ({@code dir.building-*}) and the previous database during
 * a swap ({@code dir.old}).
 */
final class StoreLayout {

    private static final Logger LOG = LoggerFactory.getLogger(StoreLayout.class);

    private final Path dir;
    private final Path old;

    StoreLayout(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.old = sibling(".old");
    }

    Path dir() {
        return dir;
    }

    Path oldDir() {
        return old;
    }

    /** A TDB2 database directory holds {@code Data-NNNN} generations. */
    boolean isDatabase(Path candidate) {
        if (!Files.isDirectory(candidate)) {
            return false;
        }
        try (Stream<Path> children = Files.list(candidate)) {
            return children.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Repairs what a crash during {@link #swapIn} leaves behind. Between the two renames the
     * live directory is missing and {@code dir.old} holds the previous database: move it back.
     * After the second rename {@code dir.old} is only garbage: delete it.
     */
    void recover() throws StoreException {
        if (!Files.exists(old)) {
            return;
        }
        try {
            if (!Files.exists(dir)) {
                LOG.warn("recovering store: moving {} back to {}", old, dir);
                move(old, dir);
            } else {
                LOG.debug("removing leftover {}", old);
                delete(old);
            }
        } catch (IOException e) {
            throw new StoreException("store-io", "cannot recover store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes databases that builds killed before their swap left beside the store. Call only
     * while holding the store exclusively: then no other process is filling one of them.
     */
    void removeAbandonedBuilds() {
        String prefix = dir.getFileName() + ".building-";
        try (Stream<Path> siblings = Files.list(dir.getParent())) {
            for (Path p : (Iterable<Path>) siblings.filter(p -> p.getFileName().toString().startsWith(prefix))::iterator) {
                LOG.warn("removing {}, left by a build that did not finish", p);
                deleteQuietly(p);
            }
        } catch (IOException e) {
            // no parent folder yet, or it cannot be listed: nothing to clean
        }
    }

    Path newBuildingDir() throws StoreException {
        try {
            Files.createDirectories(dir.getParent());
            return Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".building-");
        } catch (IOException e) {
            throw new StoreException("store-io", "cannot create a build directory beside " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Renames live → old, building → live, then deletes old. */
    void swapIn(Path building) throws StoreException {
        try {
            if (Files.exists(dir)) {
                move(dir, old);
            }
            move(building, dir);
            delete(old);
        } catch (IOException e) {
            throw new StoreException("store-io", "cannot swap the new store into " + dir + ": " + e.getMessage(), e);
        }
    }

    void deleteQuietly(Path path) {
        try {
            delete(path);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", path, e.getMessage());
        }
    }

    private Path sibling(String suffix) {
        return dir.resolveSibling(dir.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
