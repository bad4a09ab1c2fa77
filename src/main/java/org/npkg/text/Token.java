package org.npkg.text;

/**
 * One token of a text: a word (letters and digits) or a single punctuation character.
 * {@code norm} is the form used for matching: see {@link Tokenizer}.
 */
public record Token(int start, int end, String norm, boolean word) {

    public boolean is(String normalForm) {
        return norm.equals(normalForm);
    }
}
