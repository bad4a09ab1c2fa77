package org.npkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds Markdown emphasis ({@code *word*}, {@code __word__}) in linear time. A regular expression
 * with a lazy {@code [^\n]*?} between the markers rescans the rest of the line from every opening
 * marker that never closes, which takes minutes on a long line full of stars; this scan visits
 * each marker run a bounded number of times and finds the same spans:
 *
 * <ul>
 * <li>an opener is a run of one to three markers, not preceded by a backslash, by the marker or
 *     (for {@code _}) by a letter or digit, and followed by a character that is neither space
 *     nor the marker;</li>
 * <li>its closer is the first later run on the same line of exactly the same length, with at
 *     least one character between them, preceded by a character that is neither space, the
 *     marker nor a backslash, and (for {@code _}) not followed by a letter or digit;</li>
 * <li>spans do not overlap: the search goes on after a closer.</li>
 * </ul>
 */
final class Emphasis {

    /** Star emphasis: a closer may be followed by anything. */
    static final Emphasis STARS = new Emphasis('*', c -> false, c -> false);
    /** Underscore emphasis: intra-word underscores (5-HT_2A) neither open nor close. */
    static final Emphasis UNDERSCORES = new Emphasis('_', Emphasis::isWordChar, Emphasis::isWordChar);

    private final char marker;
    private final IntPredicate notBeforeOpener;
    private final IntPredicate notAfterCloser;

    private Emphasis(char marker, IntPredicate notBeforeOpener, IntPredicate notAfterCloser) {
        this.marker = marker;
        this.notBeforeOpener = notBeforeOpener;
        this.notAfterCloser = notAfterCloser;
    }

    /** An emphasised span [start, end), its markers included, opened and closed by {@code marks} markers. */
    record Span(int start, int end, int marks) {}

    /** A marker run [start, end). */
    private record Run(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** Emphasis spans, left to right. */
    List<Span> find(char[] text) {
        List<Run> runs = runs(text);
        int[][] nextCloser = nextClosers(text, runs);
        List<Span> spans = new ArrayList<>();
        int resume = 0;
        for (int r = 0; r < runs.size(); r++) {
            Run open = runs.get(r);
            if (open.start() < resume || !opens(text, open) || r + 1 >= runs.size()) {
                continue;
            }
            int c = nextCloser[open.length()][r + 1];
            if (c < 0) {
                continue;
            }
            Run close = runs.get(c);
            if (close.start() > open.end() && sameLine(text, open.end(), close.start())) {
                spans.add(new Span(open.start(), close.end(), open.length()));
                resume = close.end();
                r = c;
            }
        }
        return spans;
    }

    private List<Run> runs(char[] text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length) {
            if (text[i] != marker) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length && text[i] == marker) {
                i++;
            }
            runs.add(new Run(start, i));
        }
        return runs;
    }

    /** For lengths 1..3 and each run index, the first run at or after it that can close that length (-1: none). */
    private int[][] nextClosers(char[] text, List<Run> runs) {
        int[][] next = new int[4][runs.size() + 1];
        for (int k = 1; k <= 3; k++) {
            next[k][runs.size()] = -1;
            for (int r = runs.size() - 1; r >= 0; r--) {
                next[k][r] = runs.get(r).length() == k && closes(text, runs.get(r)) ? r : next[k][r + 1];
            }
        }
        return next;
    }

    private boolean opens(char[] text, Run run) {
        if (run.length() > 3 || run.end() >= text.length) {
            return false;
        }
        char after = text[run.end()];
        if (isSpace(after)) {
            return false;
        }
        if (run.start() == 0) {
            return true;
        }
        char before = text[run.start() - 1];
        return before != '\\' && !notBeforeOpener.test(before);
    }

    private boolean closes(char[] text, Run run) {
        if (run.start() == 0) {
            return false;
        }
        char before = text[run.start() - 1];
        if (isSpace(before) || before == '\\') {
            return false;
        }
        return run.end() >= text.length || !notAfterCloser.test(text[run.end()]);
    }

    private static boolean sameLine(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == '\n') {
                return false;
            }
        }
        return true;
    }

    /** What {@code \\s} matches in a Java regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code [\\p{L}\\p{N}_]} matches. */
    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || c == '_';
    }
}
