package org.npkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.npkg.store.Store;

/**
 * One store built from data/corpus, shared by the test classes that ask questions of the real
 * reports, so the suite builds the corpus once rather than once per class. Deleted when the
 * test JVM exits.
 */
public final class CorpusStore {

    private static Store store;

    private CorpusStore() {}

    /** The store, built on first use. */
    public static synchronized Store get() throws Exception {
        if (store == null) {
            Path dir = Files.createTempDirectory("npkg-corpus-store");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            BuildService.builder().corpus(Path.of("data", "corpus")).store(dir.resolve("store")).build().run();
            store = Store.at(dir.resolve("store"));
        }
        return store;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
