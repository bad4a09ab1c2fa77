package org.npkg.extract;

import java.util.regex.Pattern;

/**
 * A pattern anchored at the end of a sentence's prefix ("… needed to $", "… was $"), asked
 * whether it occurs in the prefix before an offset, for every trigger and group: most of the
 * finding rules' time went there. Two things make it cheap. Each pattern names words one of which
 * its match's text, whitespace aside, must end with (or one of its last few words, when an adverb
 * may follow): that necessary condition is tested first, and when it fails the pattern is not
 * asked. And the pattern is asked from the end: as
 * {@code (?s).*(?:pattern)} with {@code lookingAt()}, whose greedy {@code .*} gives back one
 * character at a time, it is tried at the last offsets first, where its matches are, while
 * {@code find()} would try every offset from the start of the sentence. Either way the answer is
 * whether the pattern matches at some offset, exactly as before.
 */
final class Tail {

    private final Pattern fromEnd;
    private final int runs;
    private final String[] lastWords;

    private Tail(Pattern fromEnd, int runs, String[] lastWords) {
        this.fromEnd = fromEnd;
        this.runs = runs;
        this.lastWords = lastWords;
    }

    /** The pattern {@code regex}, whose matches end with one of {@code lastWords} (ignoring case, and white space after). */
    static Tail of(String regex, String... lastWords) {
        return of(regex, 1, lastWords);
    }

    /**
     * The pattern {@code regex}, one of whose last {@code runs} runs of non-white-space characters
     * ends with one of {@code words}: "is" in "is (\w+ly\s+)?$", which one adverb may follow.
     */
    static Tail of(String regex, int runs, String... words) {
        return new Tail(Pattern.compile("(?s).*(?:" + regex + ")"), runs, words.clone());
    }

    /** Whether the pattern is found in {@code text} before {@code end}: same as {@code find()} on {@code text.substring(0, end)}. */
    boolean in(String text, int end) {
        return runEndsWithAny(text, 0, end, runs, lastWords) && fromEnd.matcher(text).region(0, end).lookingAt();
    }

    /**
     * Whether the text before {@code end}, without trailing whitespace and line terminators (which
     * a pattern's {@code \s+$} or {@code $} may consume or stand before), ends with one of the
     * words, ignoring case.
     */
    static boolean endsWithAny(String text, int end, String... words) {
        return runEndsWithAny(text, 0, end, 1, words);
    }

    /**
     * Whether one of the last {@code runs} runs of non-white-space characters in [from, end) ends
     * with one of the words, ignoring case: for patterns such as "as\s+(\w+\s+)?$" whose
     * opening word at most {@code runs - 1} words may follow.
     */
    static boolean runEndsWithAny(String text, int from, int end, int runs, String... words) {
        int k = end;
        while (k > from && isSpaceOrTerminator(text.charAt(k - 1))) {
            k--;
        }
        for (int run = 0; run < runs && k > from; run++) {
            int last = fold(text.charAt(k - 1)); // most words end otherwise: no region compared for them
            for (String word : words) {
                if (k - from >= word.length() && fold(word.charAt(word.length() - 1)) == last
                        && text.regionMatches(true, k - word.length(), word, 0, word.length())) {
                    return true;
                }
            }
            while (k > from && !isSpace(text.charAt(k - 1))) {
                k--;
            }
            while (k > from && isSpace(text.charAt(k - 1))) {
                k--;
            }
        }
        return false;
    }

    /** Equal for any two characters {@link String#regionMatches(boolean, int, String, int, int)} takes as equal ignoring case. */
    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@code s.matches(".*(a|b)")}: ends with one of the endings, and holds no line terminator, which '.' does not match. */
    static boolean matchesEnding(String s, String... endings) {
        for (String ending : endings) {
            if (s.endsWith(ending)) {
                return s.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Java's {@code \s} (space, tab, line feed, vertical tab, form feed, return) and what {@code $} may stand before. */
    private static boolean isSpaceOrTerminator(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
