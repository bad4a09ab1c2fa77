package org.npkg.extract;

import java.util.regex.Pattern;

/**
 * Patterns anchored at the end of a sentence's prefix ("… needed to $", "… was $") found without
 * scanning the prefix when they cannot match. {@code find()} tries such a pattern at every offset
 * of the prefix, for every trigger and group: most of the finding rules' time went there. Each
 * caller names words one of which the pattern's text must end with, whitespace aside; that is only
 * a necessary condition, so when it holds the pattern itself decides, exactly as before.
 */
final class Tail {

    private Tail() {}

    /** Whether {@code pattern} is found in {@code text} before {@code end}: same as on {@code text.substring(0, end)}. */
    static boolean find(Pattern pattern, String text, int end, String... lastWords) {
        return endsWithAny(text, end, lastWords) && pattern.matcher(text).region(0, end).find();
    }

    /**
     * Whether the text before {@code end}, without trailing whitespace and line terminators (which
     * a pattern's {@code \s+$} or {@code $} may consume or stand before), ends with one of the
     * words, ignoring case.
     */
    static boolean endsWithAny(String text, int end, String... words) {
        int k = end;
        while (k > 0 && isSpaceOrTerminator(text.charAt(k - 1))) {
            k--;
        }
        for (String word : words) {
            if (k >= word.length() && text.regionMatches(true, k - word.length(), word, 0, word.length())) {
                return true;
            }
        }
        return false;
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
            for (String word : words) {
                if (k - from >= word.length() && text.regionMatches(true, k - word.length(), word, 0, word.length())) {
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
