package org.npkg.corpus;

import java.util.List;

/**
 * One heading, paragraph, list item, caption, table line or reference entry.
 *
 * @param kind        what the block is; later stages skip {@link BlockKind#REFERENCE}
 * @param start       first character in {@link Document#text()}
 * @param end         one past the last character
 * @param clean       the original slice with markup replaced by spaces; it has exactly
 *                    {@code end - start} characters, so {@code start + i} is the offset in the
 *                    text of {@code clean.charAt(i)}
 * @param sectionPath heading texts from the outermost heading down to the one this block is
 *                    under; a heading's own path ends with itself
 * @param citations   citations inside the block, in text order
 */
public record Block(BlockKind kind, int start, int end, String clean, List<String> sectionPath,
        List<Citation> citations) {

    public Block {
        if (clean.length() != end - start) {
            throw new IllegalArgumentException(
                    "clean text has " + clean.length() + " chars for span " + start + ".." + end);
        }
        sectionPath = List.copyOf(sectionPath);
        citations = List.copyOf(citations);
    }
}
