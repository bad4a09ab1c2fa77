package org.npkg.corpus;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one reference entry into authors, year, title, venue and DOI. Both styles in use put
 * the authors before "(year)", the title after it and the venue in emphasis after the title,
 * which is all this parser relies on.
 */
final class BibliographyParser {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)]|\\[\\d+\\])\\s+");
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})([a-z]?)(?:,[^)]*)?\\)|\\(n\\.d\\.\\)");
    private static final Pattern VENUE = Pattern.compile("\\*{1,2}([^*]*)\\*{1,2}");
    private static final Pattern VOLUME_SUFFIX = Pattern.compile("[,.]?\\s*\\d+\\s*$");
    private static final Pattern LINK_OR_URL = Pattern.compile("\\[|<?https?://");

    private BibliographyParser() {
    }

    static ParsedReference parse(String text, RawBlock block) {
        String slice = text.substring(block.start(), block.end());
        String entry = oneSpace(BULLET.matcher(slice).replaceFirst("")).strip();
        Optional<String> doi = DoiSyntax.best(slice);
        Matcher year = YEAR.matcher(entry);
        boolean dated = SparseFind.find(year, entry, 0, '(');
        String authors = dated ? entry.substring(0, year.start()) : "";
        String rest = dated ? entry.substring(year.end()) : entry;
        rest = withoutLeadingPunctuation(rest);
        Matcher venue = VENUE.matcher(rest);
        boolean hasVenue = SparseFind.find(venue, rest, 0, '*');
        String title = hasVenue ? rest.substring(0, venue.start()) : beforeLinks(rest);
        Optional<Integer> number = dated && year.group(1) != null
                ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
        Reference reference = new Reference(block.start(), block.end(), AuthorList.parse(authors),
                number, tidy(title), hasVenue ? venueName(venue.group(1)) : "", doi);
        String label = number.map(y -> y + year.group(2)).orElse("");
        return new ParsedReference(reference, label);
    }

    /** {@code rest.replaceFirst("^[.,:;\\s]+", "")} without a pattern engine for every entry. */
    private static String withoutLeadingPunctuation(String rest) {
        int i = 0;
        while (i < rest.length() && (".,:;".indexOf(rest.charAt(i)) >= 0 || isSpace(rest.charAt(i)))) {
            i++;
        }
        return rest.substring(i);
    }

    private static String beforeLinks(String rest) {
        Matcher link = LINK_OR_URL.matcher(rest);
        return link.find() ? rest.substring(0, link.start()) : rest;
    }

    /** "Neural Plasticity, 2020" → "Neural Plasticity": some entries emphasise the volume too. */
    private static String venueName(String venue) {
        String name = venue.strip();
        return tidy(mayEndWithVolume(name) ? VOLUME_SUFFIX.matcher(name).replaceFirst("") : name);
    }

    /** Whether VOLUME_SUFFIX may match: it ends with a digit, or before a line terminator, where '$' also matches. */
    private static boolean mayEndWithVolume(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return (last >= '0' && last <= '9') || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
    }

    private static String tidy(String s) {
        String t = oneSpace(withoutMarkup(s)).strip();
        while (t.endsWith(".") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** {@code s.replaceAll("[*\\\\]", "")}: emphasis stars and escapes dropped, without a pattern engine. */
    private static String withoutMarkup(String s) {
        if (s.indexOf('*') < 0 && s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '*' && c != '\\') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code s.replaceAll("\\s+", " ")} in one pass: no pattern engine for every entry. */
    private static String oneSpace(String s) {
        if (isOneSpaced(s)) {
            return s; // most entries: copying them char by char was a tenth of reading a report
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean afterSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (!space) {
                out.append(c);
            } else if (!afterSpace) {
                out.append(' ');
            }
            afterSpace = space;
        }
        return out.toString();
    }

    /** Whether every white space in {@code s} is a lone ' ', so {@link #oneSpace} changes nothing. */
    private static boolean isOneSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < s.length() && isSpace(s.charAt(i + 1))))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r'); // what \s matches: space, \t \n \u000B \f \r
    }

    static List<ParsedReference> parseAll(String text, List<RawBlock> blocks) {
        return blocks.stream().filter(b -> b.kind() == BlockKind.REFERENCE)
                .map(b -> parse(text, b)).toList();
    }
}
