package org.npkg.corpus;

import java.util.Locale;
import java.util.Optional;
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

    /** A DOI on its own, optionally with a "doi:" label or a resolver URL in front. */
    static final Pattern BARE = Pattern.compile(
            "(?i)(?:\\bdoi:\\s*|https?://(?:dx\\.)?doi\\.org/)?" + BODY);

    private static final String URL = "\\((?:[^\\s()\\]]|\\([^\\s()\\]]*\\))*[)\\]]";

    /**
     * A Markdown link whose text is a DOI ("[DOI: 10.x/y](https://doi.org/10.x/y)"). Generated
     * reports repeat the target ("[[DOI: x](url](url](url))"), so any number of targets follow.
     */
    static final Pattern LINK = Pattern.compile("(\\[+)(\\s*(?:DOI:?\\s*)?"
            + "(?:https?://(?:dx\\.)?doi\\.org/)?10\\.\\d{4,9}/[^\\]\\s]*?\\s*)\\]"
            + "(?:" + URL + ")*");

    private DoiSyntax() {
    }

    /** Lower case, no resolver prefix, no escapes, no trailing sentence punctuation. */
    static String normalise(String raw) {
        String doi = raw.replace("\\", "").strip();
        Matcher m = DOI.matcher(doi);
        if (SparseFind.find(m, doi, 0, PREFIX)) {
            doi = doi.substring(m.start());
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
        Matcher m = DOI.matcher(text);
        String best = null;
        for (int from = 0; SparseFind.find(m, text, from, PREFIX); from = m.end()) {
            String doi = normalise(m.group());
            if (best == null || doi.startsWith(best) && doi.length() > best.length()) {
                best = doi;
            }
        }
        return Optional.ofNullable(best);
    }

    /** End of a DOI link, also taking one ')' for each extra '[' a malformed link opened with. */
    static int linkEnd(CharSequence text, Matcher link, int limit) {
        int end = link.end();
        int extra = link.group(1).length() - 1;
        while (extra > 0 && end < limit && text.charAt(end) == ')') {
            end++;
            extra--;
        }
        return end;
    }
}
