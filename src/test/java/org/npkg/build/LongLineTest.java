package org.npkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.cli.Main;
import org.npkg.store.ChildJvm;

/**
 * A 10 MB line with no punctuation builds in bounded time and memory: npkg in a child JVM with a
 * 256 MB heap builds it beside a real report within a minute, and warns that the sentence was cut.
 */
class LongLineTest {

    @Test
    void aTenMegabyteLineIsCutIntoSentencesWithAWarning(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("data", "corpus", "rtms-ect-psychedelics-ssri-neuroplasticity.md"), corpus.resolve("good.md"));
        String words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
        int repeats = 10_000_000 / words.length() + 1;
        Files.writeString(corpus.resolve("long.txt"), words.repeat(repeats).strip());
        int length = words.length() * repeats - 1;
        long started = System.nanoTime();
        try (ChildJvm build = ChildJvm.startWithHeap("256m", Main.class, "build", "--question", "none", "--threads", "1",
                "--corpus", corpus.toString(), "--store", dir.resolve("store").toString())) {
            assertEquals(0, build.exitCode(120_000), build.output());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(seconds < 60, "took " + seconds + " s");
            int pieces = (length + 1999) / 2000;
            assertTrue(build.output().contains("npkg: warning: " + corpus.resolve("long.txt") + ":1:1: a sentence of "
                    + length + " characters with no end was cut into " + pieces + " pieces of at most 2000 characters"),
                    build.output());
            assertTrue(build.output().contains("Built " + dir.resolve("store") + ": 2 documents"), build.output());
        }
    }
}
