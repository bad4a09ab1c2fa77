package org.npkg.extract.time;

import java.util.function.Predicate;

/**
 * The three characters at a position of a text as one number, when each is an ASCII letter (case
 * folded) or a space. The scanners try their tables at every word and space of a sentence, and
 * whether a table may match at a position depends on its first three characters only, read
 * with case folded: kept as one bit per triple, the answer for most positions is one bit test
 * instead of a walk down each table's index. Other characters (digits, punctuation, other
 * scripts) have no number, and the tables are asked.
 */
final class Triple {

    /** The 26 letters and the space. */
    private static final int SYMBOLS = 27;
    private static final int COUNT = SYMBOLS * SYMBOLS * SYMBOLS;

    private Triple() {
    }

    /** The number of the three characters at {@code pos}, or -1. */
    static int at(String t, int pos) {
        if (pos + 3 > t.length()) {
            return -1;
        }
        int a = symbol(t.charAt(pos));
        int b = symbol(t.charAt(pos + 1));
        int c = symbol(t.charAt(pos + 2));
        return (a | b | c) < 0 ? -1 : (a * SYMBOLS + b) * SYMBOLS + c;
    }

    /** One bit for each triple whose text (lower case) passes {@code test}. */
    static long[] bits(Predicate<String> test) {
        long[] bits = new long[(COUNT + 63) / 64];
        char[] text = new char[3];
        for (int triple = 0; triple < COUNT; triple++) {
            text[0] = character(triple / (SYMBOLS * SYMBOLS));
            text[1] = character(triple / SYMBOLS % SYMBOLS);
            text[2] = character(triple % SYMBOLS);
            if (test.test(new String(text))) {
                bits[triple >>> 6] |= 1L << triple;
            }
        }
        return bits;
    }

    static boolean has(long[] bits, int triple) {
        return (bits[triple >>> 6] & (1L << triple)) != 0;
    }

    /** An ASCII letter's place in the alphabet, 26 for a space, -1 for anything else. */
    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return c == ' ' ? SYMBOLS - 1 : -1;
    }

    private static char character(int symbol) {
        return symbol == SYMBOLS - 1 ? ' ' : (char) ('a' + symbol);
    }
}
