package org.npkg.corpus;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Produces a block's {@code clean} text: the original slice with markup characters replaced by
 * spaces. Nothing is inserted or removed, so offsets in the clean text are offsets in the
 * original, which is what lets evidence sentences point back into the file.
 */
final class MarkupBlanker {

    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#{1,6}|\\s#+\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+•](?=\\s)");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>(?=\\s)");
    private static final Pattern TABLE_PIPE = Pattern.compile("\\|");
    private static final Pattern LINK = Pattern.compile(
            "(!?\\[)([^\\[\\]]*)(\\]\\((?:[^\\s()]|\\([^\\s()]*\\))*(?:\\s+\"[^\"]*\")?\\))");
    private static final Pattern AUTOLINK = Pattern.compile("(<)(?:https?|ftp|mailto):[^\\s<>]+(>)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[\\\\`*_{}\\[\\]()#+\\-.!<>|])");
    private static final Pattern STRAY_STARS = Pattern.compile("\\*{2,}");
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\([\\s;,]*\\)");

    /** The characters whose absence lets {@link #clean} skip a pattern, and a bit for each by character. */
    private static final String MARKS = "[<\\*_(";
    private static final int[] MARK_BITS = new int[128];

    static {
        for (int k = 0; k < MARKS.length(); k++) {
            MARK_BITS[MARKS.charAt(k)] = 1 << k;
        }
    }

    private MarkupBlanker() {
    }

    static String clean(String text, RawBlock block) {
        char[] out = new char[block.end() - block.start()];
        text.getChars(block.start(), block.end(), out, 0); // one copy, not a substring and then its chars
        blankLineMarks(out, block.kind());
        // Each pattern below needs a character that most blocks lack; skipping the pattern
        // then changes nothing and saves a scan of the block. Every match of a pattern begins
        // with that character (LINK's also at '!'), so SparseFind tries the pattern only there.
        // Blanking only writes spaces, so a mark missing from the text stays missing after it:
        // one pass finds which marks the block has before any blanking.
        int marks = marks(out);
        if (has(marks, '[')) {
            String original = new String(out);
            Matcher doi = DoiSyntax.LINK.matcher(original);
            for (int from = 0; SparseFind.find(doi, original, from, '['); ) {
                from = DoiSyntax.withTargets(original, doi, original.length());
                blank(out, doi.start(), DoiSyntax.linkEnd(original, doi, from, original.length()));
            }
            String current = new String(out);
            Matcher link = LINK.matcher(current);
            BitSet linkStarts = SparseFind.positionsOf(current, "[!");
            for (int from = 0; SparseFind.find(link, linkStarts, from, current.length()); from = link.end()) {
                blank(out, link.start(1), link.end(1));
                blank(out, link.start(3), link.end(3));
            }
        }
        if (has(marks, '<')) {
            String current = new String(out);
            Matcher auto = AUTOLINK.matcher(current);
            for (int from = 0; SparseFind.find(auto, current, from, '<'); from = auto.end()) {
                blank(out, auto.start(1), auto.end(1));
                blank(out, auto.start(2), auto.end(2));
            }
        }
        if (has(marks, '\\')) {
            blankAll(out, ESCAPE, '\\');
        }
        if (has(marks, '*')) {
            blankEmphasis(out, Emphasis.STARS);
        }
        if (has(marks, '_')) {
            blankEmphasis(out, Emphasis.UNDERSCORES);
        }
        if (has(marks, '*') && contains(out, '*')) { // emphasis may have taken every star
            blankAll(out, STRAY_STARS, '*');
        }
        if (has(marks, '(')) {
            blankAll(out, EMPTY_PARENS, '(');
        }
        return new String(out);
    }

    /** One bit for each character of {@link #MARKS} that {@code text} holds. */
    private static int marks(char[] text) {
        int found = 0;
        for (char c : text) {
            found |= c < MARK_BITS.length ? MARK_BITS[c] : 0;
        }
        return found;
    }

    private static boolean has(int marks, char mark) {
        return (marks & MARK_BITS[mark]) != 0;
    }

    private static boolean contains(char[] text, int from, int to, char mark) {
        for (int i = from; i < to; i++) {
            if (text[i] == mark) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first character between {@code from} and {@code to} that is not white space as a
     * regex {@code \s} reads it (space, tab, line and form feeds, vertical tab, carriage return), or
     * {@code '\n'} when there is none; no marker pattern can match a line whose such character
     * is not its mark.
     */
    private static char firstAfterSpace(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return c;
            }
        }
        return '\n';
    }

    private static boolean contains(char[] text, char c) {
        for (char t : text) {
            if (t == c) {
                return true;
            }
        }
        return false;
    }

    /** Heading hashes, bullet markers, quote markers and table pipes at the start of lines. */
    private static void blankLineMarks(char[] out, BlockKind kind) {
        int lineStart = 0;
        boolean first = true;
        for (int i = 0; i <= out.length; i++) {
            if (i < out.length && out[i] != '\n') {
                continue;
            }
            // Each pattern needs one of its marks in the line; most lines have none, and are not copied.
            // A bullet or quote marker must be the first character after the leading white space,
            // so only that character is looked at, not the whole line.
            if (kind == BlockKind.HEADING) {
                blankAll(out, lineStart, i, contains(out, lineStart, i, '#'), HEADING_MARKS);
            } else if (kind == BlockKind.TABLE) {
                blankAll(out, lineStart, i, contains(out, lineStart, i, '|'), TABLE_PIPE);
            } else if (first && (kind == BlockKind.LIST_ITEM || kind == BlockKind.REFERENCE)) {
                blankAll(out, lineStart, i, "-*+\u2022".indexOf(firstAfterSpace(out, lineStart, i)) >= 0, BULLET);
            } else {
                blankAll(out, lineStart, i, firstAfterSpace(out, lineStart, i) == '>', QUOTE);
            }
            first = false;
            lineStart = i + 1;
        }
    }

    /** Emphasis markers must hug a word on the inside and not touch a word on the outside ({@link Emphasis}). */
    private static void blankEmphasis(char[] out, Emphasis emphasis) {
        for (Emphasis.Span span : emphasis.find(out)) {
            blank(out, span.start(), span.start() + span.marks());
            blank(out, span.end() - span.marks(), span.end());
        }
    }

    private static void blankAll(char[] out, Pattern pattern, char first) {
        String text = new String(out);
        Matcher m = pattern.matcher(text);
        for (int from = 0; SparseFind.find(m, text, from, first); from = m.end()) {
            blank(out, m.start(), m.end());
        }
    }

    private static void blankAll(char[] out, int offset, int end, boolean mayMatch, Pattern pattern) {
        if (!mayMatch) {
            return;
        }
        Matcher m = pattern.matcher(new String(out, offset, end - offset));
        while (m.find()) {
            blank(out, offset + m.start(), offset + m.end());
        }
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }
}
