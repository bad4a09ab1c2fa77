package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @Test
    void filesAreFoundRecursivelyByExtensionInRelativePathOrder() {
        Path root = Fixtures.root();
        List<String> found = CorpusReader.builder().build().files(List.of(root)).stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        assertEquals(List.of("review/Synaptic_Review.md", "review/sub/notes.txt", "thesis.txt"), found);
    }

    @Test
    void extensionsAreConfigurable() {
        Path root = Fixtures.root();
        List<Path> found = CorpusReader.builder().plainTextExtensions().markdownExtensions(".MD")
                .build().files(List.of(root));
        assertEquals(List.of(root.resolve("review/Synaptic_Review.md")), found);
    }

    @Test
    void hiddenFilesAreSkippedAndARootMayBeAFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD.txt"), "x");
        Path report = Files.writeString(dir.resolve("Report (v2).markdown"), "# R\n");
        CorpusReader reader = CorpusReader.builder().build();
        assertEquals(List.of(report), reader.files(List.of(dir)));
        Document doc = reader.read(report, report);
        assertEquals("report-v2", doc.id());
        assertEquals("Report (v2).markdown", doc.path());
    }

    @Test
    void missingRootIsReported(@TempDir Path dir) {
        CorpusReader reader = CorpusReader.builder().build();
        assertThrows(IllegalArgumentException.class, () -> reader.files(List.of(dir.resolve("nope"))));
    }

    @Test
    void oversizedFileIsRejected(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(100));
        CorpusReader reader = CorpusReader.builder().maxFileBytes(10).build();
        CorpusException e = assertThrows(CorpusException.class, () -> reader.read(dir, big));
        assertEquals(1, e.line());
    }

    @Test
    void textGivenAsAStringIsReadLikeAPlainTextFile(@TempDir Path dir) throws Exception {
        String text = "Ketamine\n\nIt increases BDNF within 24 h. Spines follow.\n";
        CorpusReader reader = CorpusReader.builder().build();
        Document fromString = reader.readPlainText("typed text", "\uFEFF" + text);
        Path file = Files.writeString(dir.resolve("typed text.txt"), text);
        Document fromFile = reader.read(dir, file);
        assertEquals("typed-text", fromString.id());
        assertEquals("typed text", fromString.path());
        assertEquals(text, fromString.text());
        assertEquals(fromFile.blocks(), fromString.blocks());
        assertEquals(BlockKind.HEADING, fromString.blocks().get(0).kind());
        assertEquals(BlockKind.PARAGRAPH, fromString.blocks().get(1).kind());
    }
}
