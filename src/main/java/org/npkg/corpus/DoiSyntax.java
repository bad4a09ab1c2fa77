package org.npkg.corpus;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How DOIs are written in reports: bare, behind a resolver URL, or as Markdown links whose
 * text and target both carry the DOI. Shared by the blanker, the citation finder and the
 * bibliography parser so all three agree on where a DOI ends.
 */
final class DoiSyntax {

    /**
     * The DOI itself. Parentheses are allowed only balanced (publisher DOIs such as
     * 10.1016/S0166-2236(96)80018-X contain them, Markdown escapes them as \( \)), so the ')'
     * that closes a surrounding link or citation is not swallowed.
     */
    static final String BODY = "10\\.\\d{4,9}/(?:[^\\s\\[\\]<>()\"\\\\]|\\\\(?=[()])"
            + "|\\((?:[^\\s()\\[\\]<>\"\\\\]|\\\\)*\\))+";

    static final Pattern DOI = Pattern.compile(BODY);

    /** How every match of {@link #DOI} begins. */
    private static final String PREFIX = "10.";
    /** Besides white space, what {@link #BODY} takes neither alone nor inside parentheses; a backslash it takes only there. */
    private static final String NOT_IN_BODY = "[]<>()\"";

    /** A DOI on its own, optionally with a "doi:" label or a resolver URL in front. */
    static final Pattern BARE = Pattern.compile(
            "(?i)(?:\\bdoi:\\s*|https?://(?:dx\\.)?doi\\.org/)?" + BODY);

    /**
     * The text of a Markdown link whose text is a DOI ("[DOI: 10.x/y](https://doi.org/10.x/y)").
     * Generated reports repeat the target ("[[DOI: x](url](url](url))"), so any number of targets
     * follow; {@link #withTargets} finds where they end.
     */
    static final Pattern LINK = Pattern.compile("(\\[+)(\\s*(?:DOI:?\\s*)?"
            + "(?:https?://(?:dx\\.)?doi\\.org/)?10\\.\\d{4,9}/[^\\]\\s]*?\\s*)\\]");

    private DoiSyntax() {
    }

    /** Lower case, no resolver prefix, no escapes, no trailing sentence punctuation. */
    static String normalise(String raw) {
        String doi = raw.replace("\\", "").strip();
        for (int i = doi.indexOf(PREFIX); i >= 0; i = doi.indexOf(PREFIX, i + 1)) {
            if (end(doi, i) >= 0) {
                doi = doi.substring(i);
                break;
            }
        }
        doi = doi.toLowerCase(Locale.ROOT);
        while (!doi.isEmpty() && ".,;:".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi;
    }

    /**
     * The DOI a span of text stands for: the first one, unless a later one extends it (a link
     * whose visible text was cut at a line break but whose target is complete).
     */
    static Optional<String> best(CharSequence span) {
        String text = span.toString();
        String best = null;
        int i = text.indexOf(PREFIX);
        while (i >= 0) {
            int end = end(text, i);
            if (end < 0) {
                i = text.indexOf(PREFIX, i + 1);
                continue;
            }
            String doi = normalise(text.substring(i, end));
            if (best == null || doi.startsWith(best) && doi.length() > best.length()) {
                best = doi;
            }
            i = text.indexOf(PREFIX, end);
        }
        return Optional.ofNullable(best);
    }

    /**
     * The end of the match of {@link #DOI} at {@code start}, or -1 if none starts there: the
     * pattern read by hand. It ran twice for every DOI of a reference list (once to find it, once
     * more to normalise it), and by hand it reads each character once, where the pattern tried
     * its alternatives at each. Each character decides which alternative can go on, so the
     * greedy match the pattern finds is the longest run of them:
     * "10." and four to nine digits (no more) and '/', then characters that are not white space
     * or {@link #NOT_IN_BODY}, a backslash before a parenthesis, or a parenthesised run with
     * no white space or {@link #NOT_IN_BODY} but backslashes.
     */
    static int end(String text, int start) {
        if (!text.startsWith(PREFIX, start)) {
            return -1;
        }
        int i = start + PREFIX.length();
        int digits = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits < 4 || digits > 9 || i >= text.length() || text.charAt(i) != '/') {
            return -1;
        }
        int end = -1;
        for (i++; i < text.length(); end = i) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == ')')) {
                i++;
            } else if (c == '(') {
                i = afterGroup(text, i, text.length(), k -> k == '\\' || inBody((char) k));
                if (i < 0) {
                    break;
                }
            } else if (inBody(c)) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Not white space as {@code \\s} means it, and not one of {@link #NOT_IN_BODY}, nor a backslash. */
    private static boolean inBody(char c) {
        return c != ' ' && (c < '\t' || c > '\r') && NOT_IN_BODY.indexOf(c) < 0 && c != '\\';
    }

    /**
     * The end of a {@link #LINK} match with the targets after it, each as the pattern
     * {@code \((?:[^\s()\]]|\([^\s()\]]*\))*[)\]]} would take them, greedily and as many as
     * follow. Read by hand: the pattern engine tried both alternatives at each character of every
     * URL of a reference list. Each character decides which alternative goes on, and giving one
     * back never ends a target, so the one greedy reading is the match.
     */
    static int withTargets(CharSequence text, Matcher link, int limit) {
        int end = link.end();
        while (end < limit && text.charAt(end) == '(') {
            int i = end + 1;
            while (i < limit) {
                char c = text.charAt(i);
                if (c == '(') {
                    int after = afterGroup(text, i, limit, k -> inTarget((char) k));
                    if (after < 0) {
                        break;
                    }
                    i = after;
                } else if (inTarget(c)) {
                    i++;
                } else {
                    break;
                }
            }
            if (i >= limit || text.charAt(i) != ')' && text.charAt(i) != ']') {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    /**
     * After the parenthesis opened at {@code open} when only characters {@code inside} takes
     * stand before its ')' (no nesting), or -1: the inner group both DOIs and link targets allow.
     */
    private static int afterGroup(CharSequence text, int open, int limit, IntPredicate inside) {
        int close = open + 1;
        while (close < limit && inside.test(text.charAt(close))) {
            close++;
        }
        return close < limit && text.charAt(close) == ')' ? close + 1 : -1;
    }

    /** Not white space as {@code \s} means it, nor a parenthesis or ']'. */
    private static boolean inTarget(char c) {
        return c != ' ' && (c < '\t' || c > '\r') && c != '(' && c != ')' && c != ']';
    }

    /**
     * End of a DOI link with its targets ({@link #withTargets} at {@code targets}), also taking
     * one ')' for each extra '[' a malformed link opened with.
     */
    static int linkEnd(CharSequence text, Matcher link, int targets, int limit) {
        int end = targets;
        int extra = link.group(1).length() - 1;
        while (extra > 0 && end < limit && text.charAt(end) == ')') {
            end++;
            extra--;
        }
        return end;
    }
}
