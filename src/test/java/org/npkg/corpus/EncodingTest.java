package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void emptyFileIsADocumentWithoutBlocks() throws Exception {
        Document doc = reader.read(root, write("empty.txt", new byte[0]));
        assertEquals("", doc.text());
        assertTrue(doc.blocks().isEmpty());
        assertTrue(doc.bibliography().isEmpty());
    }

    @Test
    void windowsLineEndingsDoNotLeakIntoBlocks() throws Exception {
        Document doc = reader.read(root, write("crlf.md", "# A\r\n\r\nOne\r\ntwo.\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.blocks().size());
        assertEquals("One\r\ntwo.", doc.text().substring(doc.blocks().get(1).start(), doc.blocks().get(1).end()));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(root.resolve(name), content);
    }

    private static byte[] bytes(byte[] head, String tail) {
        return bytes(head, new byte[0], tail);
    }

    private static byte[] bytes(byte[] head, byte[] middle, String tail) {
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + end.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(end, 0, all, head.length + middle.length, end.length);
        return all;
    }
}
