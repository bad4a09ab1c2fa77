package org.npkg.extract.time;

/** Character classes shared by the scanners: word boundaries, spacing, dashes and phrases. */
final class Chars {

    private Chars() {
    }

    /** The two tests below for ASCII, read from tables: they are asked at nearly every character of a text. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Any white space, including no-break and thin spaces common in typeset text. */
    static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Hyphen, figure dash, en dash, em dash or minus sign: all are used between range ends. */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /** Hyphens that join words ("two-week", "24-h"); en and em dashes do not. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean wordStartsAt(String t, int i) {
        return i == 0 || !isWordChar(t.charAt(i - 1));
    }

    static boolean wordEndsAt(String t, int i) {
        return i >= t.length() || !isWordChar(t.charAt(i));
    }

    static int skipSpaces(String t, int i) {
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Matches {@code phrase} at {@code i}. A space in the phrase matches one or more spaces in
     * the text; when the phrase ends with a letter or digit the text must end a word there.
     * The start boundary is the caller's business (glued units such as "24h" start mid-word).
     *
     * @return the offset just past the match, or -1
     */
    static int matchPhrase(String t, int i, String phrase, boolean ignoreCase) {
        int j = i;
        for (int k = 0; k < phrase.length(); k++) {
            char p = phrase.charAt(k);
            if (p == ' ') {
                int after = skipSpaces(t, j);
                if (after == j) {
                    return -1;
                }
                j = after;
            } else if (j < t.length() && same(t.charAt(j), p, ignoreCase)) {
                j++;
            } else {
                return -1;
            }
        }
        boolean wordEnd = !phrase.isEmpty() && isWordChar(phrase.charAt(phrase.length() - 1));
        return wordEnd && !wordEndsAt(t, j) ? -1 : j;
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
    }
}
