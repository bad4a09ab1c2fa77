package org.npkg.corpus;

import java.util.List;

/**
 * One source report, read once and never changed.
 *
 * @param id           stable slug of the file name (lower case, runs of other characters as '-',
 *                     extension dropped), used to name the document's graph
 * @param path         path relative to the corpus root, with '/' separators
 * @param text         the whole decoded file (UTF-8, byte-order mark removed); every offset in
 *                     the blocks, citations and references indexes into this string
 * @param blocks       headings, paragraphs, list items, captions, table lines and reference
 *                     entries, in file order
 * @param bibliography entries of the document's References/Bibliography section, in file order
 * @param notices      what reading changed that a user should hear about (see {@link Notice})
 */
public record Document(String id, String path, String text, List<Block> blocks,
        List<Reference> bibliography, List<Notice> notices) {

    public Document {
        blocks = List.copyOf(blocks);
        bibliography = List.copyOf(bibliography);
        notices = List.copyOf(notices);
    }

    /** A document that reading had nothing to say about. */
    public Document(String id, String path, String text, List<Block> blocks, List<Reference> bibliography) {
        this(id, path, text, blocks, bibliography, List.of());
    }

    /** {@code line:column} (1-based) of an offset into {@link #text()}, for messages. */
    public String position(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (end - lineStart + 1);
    }
}
