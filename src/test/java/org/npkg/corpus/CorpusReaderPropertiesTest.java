package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever bytes a report file holds, reading it either gives a document whose every offset lies
 * in its text, or a {@link CorpusException} located in the file; nothing else escapes.
 */
class CorpusReaderPropertiesTest {

    private static final Path ROOT = Path.of("corpus");
    private final CorpusReader reader = CorpusReader.builder().build();

    @Provide
    Arbitrary<byte[]> files() {
        return Adversarial.fileBytes(300);
    }

    @Property
    void markdownIsReadOrRefusedWithAPosition(@ForAll("files") byte[] bytes) {
        check(ROOT.resolve("fuzz.md"), bytes);
        mostAreRead();
    }

    @Property
    void plainTextIsReadOrRefusedWithAPosition(@ForAll("files") byte[] bytes) {
        check(ROOT.resolve("fuzz.txt"), bytes);
        mostAreRead();
    }

    /**
     * Guards the generator: a property over inputs that are all refused would test little. About
     * 45% of short files are read and 27% of the longer ones a run of 50,000 tries makes (a PNG
     * prefix, noise or a UTF-16 mark over UTF-8 bytes refuse the rest), so the floor is 15%.
     */
    private static void mostAreRead() {
        Statistics.coverage(c -> c.check("read").percentage(p -> p > 15));
    }

    private void check(Path file, byte[] bytes) {
        Document doc;
        try {
            doc = reader.read(ROOT, file, bytes);
        } catch (CorpusException e) {
            Statistics.collect("refused");
            assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            assertTrue(e.getMessage().startsWith(file.toString().replace('\\', '/') + ":"), e.getMessage());
            return;
        }
        Statistics.collect("read");
        String text = doc.text();
        assertTrue(text.chars().noneMatch(c -> SourceText.isControl((char) c) || c == 0), "no control characters remain");
        for (Block block : doc.blocks()) {
            assertTrue(0 <= block.start() && block.start() <= block.end() && block.end() <= text.length(), block.toString());
            assertEquals(block.end() - block.start(), block.clean().length(), "clean text keeps the offsets");
            for (Citation citation : block.citations()) {
                assertTrue(block.start() <= citation.start() && citation.start() <= citation.end()
                        && citation.end() <= block.end(), citation.toString());
            }
        }
        for (Notice notice : doc.notices()) {
            assertTrue(0 <= notice.offset() && notice.offset() <= text.length(), notice.toString());
        }
    }
}
