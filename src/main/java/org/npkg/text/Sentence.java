package org.npkg.text;

import java.util.List;

/**
 * One sentence of a document. [start, end) are offsets into the document's text; {@code text} is
 * the sentence with markup blanked (same length as the slice, so offsets carry over).
 *
 * @param section heading path, outermost first
 * @param dois    DOIs of the citations attached to this sentence
 */
public record Sentence(int index, int start, int end, String text, List<String> section, List<String> dois) {

    /** The text as a reader sees it: whitespace collapsed, trimmed. */
    public String display() {
        return text.replaceAll("\\s+", " ").strip();
    }
}
