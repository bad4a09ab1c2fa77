package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Locates the test fixtures and checks the invariants every document must keep. */
final class Fixtures {

    private Fixtures() {
    }

    static Path root() {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/corpus")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document read(String relative) throws CorpusException {
        Path root = root();
        return CorpusReader.builder().build().read(root, root.resolve(relative));
    }

    static List<Block> blocks(Document doc, BlockKind kind) {
        return doc.blocks().stream().filter(b -> b.kind() == kind).toList();
    }

    static Block blockContaining(Document doc, String words) {
        return doc.blocks().stream().filter(b -> b.clean().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no block contains '" + words + "'"));
    }

    /**
     * For every block: the clean text is as long as its slice, and every character that was not
     * blanked is the character at the same offset of the original text.
     */
    static void assertOffsetsMapBack(Document doc) {
        String text = doc.text();
        for (Block b : doc.blocks()) {
            assertTrue(0 <= b.start() && b.start() <= b.end() && b.end() <= text.length(), b.toString());
            assertEquals(b.end() - b.start(), b.clean().length(), "clean length of " + b);
            for (int i = 0; i < b.clean().length(); i++) {
                char c = b.clean().charAt(i);
                if (c != ' ') {
                    assertEquals(text.charAt(b.start() + i), c, "offset " + (b.start() + i) + " in " + doc.path());
                }
            }
            for (Citation c : b.citations()) {
                assertTrue(b.start() <= c.start() && c.end() <= b.end(), "citation outside block: " + c);
            }
        }
        for (Reference r : doc.bibliography()) {
            assertTrue(0 <= r.start() && r.start() < r.end() && r.end() <= text.length(), r.toString());
        }
    }
}
