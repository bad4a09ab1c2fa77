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
 */
public record Document(String id, String path, String text, List<Block> blocks,
        List<Reference> bibliography) {

    public Document {
        blocks = List.copyOf(blocks);
        bibliography = List.copyOf(bibliography);
    }
}
