package org.npkg.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding. A report in another encoding would silently turn into replacement
 * characters and shift nothing visible, so bad bytes are an error that names where they are.
 */
final class Utf8Text {

    private static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** Decodes {@code bytes}, dropping a leading byte-order mark. */
    static String decode(byte[] bytes, String file) throws CorpusException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw error(file, out, in.position());
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Line and column are counted in the characters decoded before the bad byte. */
    private static CorpusException error(String file, CharSequence before, int byteOffset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new CorpusException(file, line, column,
                "not valid UTF-8 (byte offset " + byteOffset + ")");
    }
}
