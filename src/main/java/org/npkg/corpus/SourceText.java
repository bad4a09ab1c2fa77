package org.npkg.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a report file. UTF-8, strictly: a report in another encoding would silently turn
 * into replacement characters, so bad bytes are an error that names where they are. A UTF-8
 * byte-order mark is dropped; a UTF-16 one is obeyed, with a notice. Files that are not text at
 * all (images, archives, PDFs, anything with NUL characters) are refused, and control characters
 * are read as spaces, one for one so offsets stay true, because RDF/XML, HTML and terminals
 * cannot carry them.
 *
 * @param text    the decoded text, control characters replaced
 * @param notices what decoding changed
 */
record SourceText(String text, List<Notice> notices) {

    private record Magic(String kind, byte[] bytes) {}

    private static final List<Magic> BINARY = List.of(
            new Magic("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            new Magic("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Magic("a GIF image", new byte[] {'G', 'I', 'F', '8'}),
            new Magic("a ZIP archive (or a Word/OpenDocument file)", new byte[] {'P', 'K', 3, 4}),
            new Magic("a gzip archive", new byte[] {0x1F, (byte) 0x8B}),
            new Magic("a PDF document", new byte[] {'%', 'P', 'D', 'F', '-'}));

    static SourceText decode(byte[] bytes, String file) throws CorpusException {
        for (Magic magic : BINARY) {
            if (startsWith(bytes, magic.bytes())) {
                throw new CorpusException(file, 1, 1, "not a text file: it is " + magic.kind());
            }
        }
        List<Notice> notices = new ArrayList<>();
        String text;
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            text = decode(bytes, 3, StandardCharsets.UTF_8, file);
        } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            text = decode(bytes, 2, StandardCharsets.UTF_16LE, file);
            notices.add(new Notice(0, "read as UTF-16LE, as its byte-order mark says (npkg expects UTF-8)"));
        } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            text = decode(bytes, 2, StandardCharsets.UTF_16BE, file);
            notices.add(new Notice(0, "read as UTF-16BE, as its byte-order mark says (npkg expects UTF-8)"));
        } else {
            text = decode(bytes, 0, StandardCharsets.UTF_8, file);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int[] at = lineColumn(text, nul);
            throw new CorpusException(file, at[0], at[1], "not a text file: it holds a NUL character");
        }
        return withoutControls(text, notices);
    }

    /** Tab, line feed, carriage return and form feed are text; other C0 and C1 controls, DEL and U+FFFE/U+FFFF are not. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    private static SourceText withoutControls(String text, List<Notice> notices) {
        int first = -1;
        int count = 0;
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                if (chars == null) {
                    chars = text.toCharArray();
                    first = i;
                }
                chars[i] = ' ';
                count++;
            }
        }
        if (chars == null) {
            return new SourceText(text, notices);
        }
        notices.add(new Notice(first, count + " control character" + (count == 1 ? "" : "s")
                + " (first U+" + String.format("%04X", (int) text.charAt(first)) + ") read as spaces"));
        return new SourceText(new String(chars), notices);
    }

    private static String decode(byte[] bytes, int skip, Charset charset, String file) throws CorpusException {
        if (charset == StandardCharsets.UTF_8) {
            // The String constructor decodes in one step, with no buffers, but replaces bad bytes
            // with U+FFFD: when it made none (nearly always), its text is the strict decoder's.
            String text = new String(bytes, skip, bytes.length - skip, charset);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int[] at = lineColumn(out, out.length());
            throw new CorpusException(file, at[0], at[1],
                    "not valid " + charset.name() + " (byte offset " + in.position() + ")");
        }
        return out.toString();
    }

    /** Line and column of an offset, counted in the characters before it; lines end as {@link Line#split} ends them. */
    private static int[] lineColumn(CharSequence text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
