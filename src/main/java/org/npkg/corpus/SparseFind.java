package org.npkg.corpus;

import java.util.BitSet;
import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for patterns that can start at only a few characters. Java's regular
 * expressions attempt a match at every position, and a pattern that must begin with '(' or a
 * capital still pays for the attempt at each of the others. Here plain character tests pick the
 * positions, once for the whole text, and the pattern is tried there with
 * {@link Matcher#lookingAt()}, which finds the same leftmost matches: bounds are transparent, so
 * look-arounds see the text around each attempt, and not anchoring, so '^' and '$' mean what
 * they mean to {@code find}.
 */
final class SparseFind {

    private SparseFind() {
    }

    /**
     * The next match starting in [{@code from}, {@code to}) at a position in {@code starts} and
     * ending by {@code to}; {@code starts} must hold every position a match can start at.
     */
    static boolean find(Matcher m, BitSet starts, int from, int to) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = starts.nextSetBit(from); i >= 0 && i < to; i = starts.nextSetBit(i + 1)) {
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The next match at or after {@code from} in {@code text}, for a pattern whose matches begin with {@code first}. */
    static boolean find(Matcher m, String text, int from, char first) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = text.indexOf(first, from); i >= 0; i = text.indexOf(first, i + 1)) {
            if (m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The positions of any of {@code chars} in {@code text}. */
    static BitSet positionsOf(String text, String chars) {
        BitSet positions = new BitSet(text.length());
        for (int k = 0; k < chars.length(); k++) {
            for (int i = text.indexOf(chars.charAt(k)); i >= 0; i = text.indexOf(chars.charAt(k), i + 1)) {
                positions.set(i);
            }
        }
        return positions;
    }
}
