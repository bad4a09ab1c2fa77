package org.npkg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.npkg.store.TestStores;

/** The tiny test ontology copied into a folder, with one more file that a test writes. */
final class TinyOntology {

    static final String EXTRA = "extra.ttl";

    private TinyOntology() {}

    /** Copies the tiny ontology into {@code dir}; with {@code turtle}, adds extra.ttl (prefixes first). */
    static Path in(Path dir, String turtle) throws IOException {
        Path source = TestStores.resource("validate/ontology");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        if (turtle != null) {
            Files.writeString(dir.resolve(EXTRA), prefixes() + turtle);
        }
        return dir;
    }

    /** Lines the prefixes take in extra.ttl, so a test can say on which line its term is. */
    static int prefixLines() throws IOException {
        return (int) prefixes().lines().count();
    }

    private static String prefixes() throws IOException {
        return Files.readString(TestStores.resource("validate/prefixes.ttl"));
    }
}
