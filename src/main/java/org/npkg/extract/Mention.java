package org.npkg.extract;

/**
 * A concept named in a sentence: [start, end) are offsets into the sentence text, {@code matched}
 * the lexicon label (normalised) that matched.
 */
public record Mention(int start, int end, Concept concept, String matched) {

    public Facet facet() {
        return concept.facet();
    }
}
