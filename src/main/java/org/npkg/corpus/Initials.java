package org.npkg.corpus;

import java.util.Set;

/**
 * Whether a comma-separated part of an author list is a person's initials ("W. C.", "J.-P.",
 * "MF", "van der"), as the pattern
 * {@code ((\p{Lu}\.(-?\p{Lu}\.)*|\p{Lu}{1,2}|del|van|von|den|der|de|da)(\s+|$))+} matches it,
 * read by hand. The pattern was asked of every part of every reference and tried its
 * alternatives at each character; its words are separated by white space, so each word is
 * read once, and it is one of the forms or the part is no initials.
 */
final class Initials {

    private static final Set<String> PARTICLES = Set.of("del", "van", "von", "den", "der", "de", "da");

    private Initials() {
    }

    /** Whether every word of {@code part} is an initial, a run of one or two capitals, or a particle. */
    static boolean of(String part) {
        if (part.isEmpty() || isSpace(part.charAt(0))) {
            return false; // the first form starts the part
        }
        int i = 0;
        while (i < part.length()) {
            int start = i;
            while (i < part.length() && !isSpace(part.charAt(i))) {
                i++;
            }
            if (!isForm(part, start, i)) {
                return false;
            }
            while (i < part.length() && isSpace(part.charAt(i))) {
                i++;
            }
        }
        return true;
    }

    private static boolean isForm(String s, int from, int to) {
        return PARTICLES.contains(s.substring(from, to)) || capitals(s, from, to) || initials(s, from, to);
    }

    /** One or two capital letters and nothing else: {@code \p{Lu}{1,2}}. */
    private static boolean capitals(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i += Character.charCount(s.codePointAt(i))) {
            if (!isCapital(s.codePointAt(i)) || ++count > 2) {
                return false;
            }
        }
        return count > 0;
    }

    /** A capital and a full stop, then any more, each perhaps after a hyphen: {@code \p{Lu}\.(-?\p{Lu}\.)*}. */
    private static boolean initials(String s, int from, int to) {
        int i = from;
        boolean first = true;
        while (i < to) {
            if (!first && s.charAt(i) == '-') {
                i++;
            }
            if (i >= to || !isCapital(s.codePointAt(i))) {
                return false;
            }
            i += Character.charCount(s.codePointAt(i));
            if (i >= to || s.charAt(i) != '.') {
                return false;
            }
            i++;
            first = false;
        }
        return !first;
    }

    private static boolean isCapital(int codePoint) {
        return Character.getType(codePoint) == Character.UPPERCASE_LETTER;
    }

    /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
