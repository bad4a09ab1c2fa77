package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {

    @TempDir
    Path root;

    private final CorpusReader reader = CorpusReader.builder().build();

    @Test
    void byteOrderMarkIsStrippedAndOffsetsStartAfterIt() throws Exception {
        Path file = write("bom.md", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "# Title\n\nBody.\n"));
        Document doc = reader.read(root, file);
        assertTrue(doc.text().startsWith("# Title"), doc.text());
        assertEquals(0, doc.blocks().get(0).start());
        assertEquals("Title", doc.blocks().get(0).sectionPath().get(0));
    }

    @Test
    void invalidUtf8IsAnErrorNamingFileLineAndColumn() throws Exception {
        Path file = write("bad.md", bytes("# Title\n\nab".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\n"));
        CorpusException e = assertThrows(CorpusException.class, () -> reader.read(root, file));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith(file.toString().replace('\\', '/') + ":3:3: not valid UTF-8"),
                e.getMessage());
    }

    @Test
    void emptyFileIsADocumentWithoutBlocksAndANotice() throws Exception {
        Document doc = reader.read(root, write("empty.txt", new byte[0]));
        assertEquals("", doc.text());
        assertTrue(doc.blocks().isEmpty());
        assertTrue(doc.bibliography().isEmpty());
        assertEquals(List.of(new Notice(0, "empty file: a document with nothing in it")), doc.notices());
    }

    @Test
    void windowsLineEndingsDoNotLeakIntoBlocks() throws Exception {
        Document doc = reader.read(root, write("crlf.md", "# A\r\n\r\nOne\r\ntwo.\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.blocks().size());
        assertEquals("One\r\ntwo.", doc.text().substring(doc.blocks().get(1).start(), doc.blocks().get(1).end()));
        assertEquals(List.of(), doc.notices());
    }

    @Test
    void loneCarriageReturnsEndLinesToo() throws Exception {
        Document doc = reader.read(root, write("mac.md", "# A\r\rOne\rtwo.\r\rThree.\r".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("A", "One\rtwo.", "Three."), doc.blocks().stream()
                .map(b -> doc.text().substring(b.start(), b.end()).replace("# ", "")).toList());
        assertEquals(List.of("A"), doc.blocks().get(2).sectionPath());
        assertEquals("6:1", doc.position(doc.blocks().get(2).start()));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecodedWithANotice() throws Exception {
        String text = "# Título\n\nKetamine increases BDNF.\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            Document doc = reader.read(root, write("wide.md", bytes(bom, new byte[0], "", text.getBytes(charset))));
            assertEquals(text, doc.text(), charset.name());
            assertEquals("Título", doc.blocks().get(0).sectionPath().get(0));
            assertEquals(List.of(new Notice(0, "read as " + charset.name()
                    + ", as its byte-order mark says (npkg expects UTF-8)")), doc.notices());
        }
    }

    @Test
    void aLoneSurrogateIsAnErrorInEitherEncoding() throws Exception {
        Path utf8 = write("surrogate.md", bytes("ok\nab".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\n"));
        CorpusException e8 = assertThrows(CorpusException.class, () -> reader.read(root, utf8));
        assertTrue(e8.getMessage().endsWith("surrogate.md:2:3: not valid UTF-8 (byte offset 5)"), e8.getMessage());
        Path utf16 = write("surrogate16.md", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, 'b', 0,
            0x00, (byte) 0xD8, 'c', 0});
        CorpusException e16 = assertThrows(CorpusException.class, () -> reader.read(root, utf16));
        assertTrue(e16.getMessage().endsWith("surrogate16.md:2:2: not valid UTF-16LE (byte offset 8)"), e16.getMessage());
    }

    @Test
    void binaryFilesAreRefusedByWhatTheyAre() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertRefused("image.txt", png, ":1:1: not a text file: it is a PNG image");
        assertRefused("archive.md", zip, ":1:1: not a text file: it is a ZIP archive (or a Word/OpenDocument file)");
        assertRefused("nul.txt", "Some text\nthen a NUL\0 here".getBytes(StandardCharsets.UTF_8),
                ":2:11: not a text file: it holds a NUL character");
    }

    @Test
    void controlCharactersAreReadAsSpacesWithANotice() throws Exception {
        Document doc = reader.read(root, write("bell.md",
                "# A\n\nKetamine\u0007 increases\u001B[0m BDNF\u0085.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("# A\n\nKetamine  increases [0m BDNF .\n", doc.text());
        assertEquals(1, doc.notices().size());
        assertEquals("3 control characters (first U+0007) read as spaces", doc.notices().get(0).message());
        assertEquals("3:9", doc.position(doc.notices().get(0).offset()));
    }

    private void assertRefused(String name, byte[] content, String problem) throws IOException {
        Path file = write(name, content);
        CorpusException e = assertThrows(CorpusException.class, () -> reader.read(root, file));
        assertEquals(file.toString().replace('\\', '/') + problem, e.getMessage());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(root.resolve(name), content);
    }

    private static byte[] bytes(byte[] head, String tail) {
        return bytes(head, new byte[0], tail);
    }

    private static byte[] bytes(byte[] head, byte[] middle, String tail) {
        return bytes(head, middle, tail, new byte[0]);
    }

    private static byte[] bytes(byte[] head, byte[] middle, String tail, byte[] last) {
        byte[] text = tail.getBytes(StandardCharsets.UTF_8);
        byte[] end = new byte[text.length + last.length];
        System.arraycopy(text, 0, end, 0, text.length);
        System.arraycopy(last, 0, end, text.length, last.length);
        byte[] all = new byte[head.length + middle.length + end.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(end, 0, all, head.length + middle.length, end.length);
        return all;
    }
}
