package org.npkg.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations in a block: DOI links, bare DOIs, and author–year markers, both inside
 * parentheses ("(Li et al., 2010; Price &amp; Duman, 2020)", one citation per marker) and
 * narrative ("Shao et al. (2021)", "Moliner et al., (2023)").
 */
final class CitationFinder {

    private static final String SURNAME = "(?:(?:van|von|de|da|del|der|den|di|du|le|la)\\s+)*"
            + "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)*";
    private static final String AUTHORS = "(" + SURNAME + ")(?:(\\s+et\\s+al\\.?)|\\s*(?:&|and)\\s+("
            + SURNAME + "))?";
    private static final String YEAR = "(\\d{4}[a-z]?)(?![\\d\\p{L}])";
    private static final Pattern GROUP = Pattern.compile("\\(([^()]*\\d{4}[^()]*)\\)");
    private static final Pattern IN_GROUP = Pattern.compile(
            "(?<![\\p{L}-])" + AUTHORS + ",?\\s+" + YEAR);
    private static final Pattern NARRATIVE = Pattern.compile(
            "(?<![\\p{L}-])" + AUTHORS + ",?\\s*\\(" + YEAR + "\\)");
    /** Capitalised words that stand before a year in parentheses but are not authors. */
    private static final Pattern NOT_AUTHOR = Pattern.compile(
            "(?i)figure|fig|table|box|in|since|by|from|and|the|until|during|after|before|circa|year|summer|spring|autumn|winter");

    private final CitationResolver resolver;

    CitationFinder(CitationResolver resolver) {
        this.resolver = resolver;
    }

    List<Citation> find(String text, RawBlock block, String clean) {
        List<Citation> found = new ArrayList<>();
        String slice = text.substring(block.start(), block.end());
        if (slice.contains("10.")) { // every DOI starts so; most blocks hold none
            Matcher link = DoiSyntax.LINK.matcher(slice);
            int from = 0;
            while (SparseFind.find(link, slice, from, '[')) {
                from = DoiSyntax.withTargets(slice, link, slice.length());
                int end = DoiSyntax.linkEnd(slice, link, from, slice.length());
                found.add(at(block, link.start(), end, link.group(2).strip(),
                        DoiSyntax.best(slice.substring(link.start(), from))));
            }
            Matcher bare = DoiSyntax.BARE.matcher(slice);
            from = 0;
            BitSet bareStarts = bareDoiStarts(slice);
            while (SparseFind.find(bare, bareStarts, from, slice.length())) {
                from = bare.end();
                String marker = trimEnd(bare.group());
                found.add(at(block, bare.start(), bare.start() + marker.length(), marker,
                        Optional.of(DoiSyntax.normalise(marker))));
            }
        }
        Matcher group = GROUP.matcher(clean);
        for (int from = 0; SparseFind.find(group, clean, from, '('); from = group.end()) { // tried only at a '('
            BitSet surnames = new BitSet();
            for (int i = group.start(1); i < group.end(1); i++) {
                surnames.set(i, surnameMayStartAt(clean, i));
            }
            authorYear(IN_GROUP, clean, group.start(1), group.end(1), surnames, slice, block, found);
        }
        BitSet narrative = beforeYear(clean);
        for (int i = narrative.nextSetBit(0); i >= 0; i = narrative.nextSetBit(i + 1)) {
            narrative.set(i, surnameMayStartAt(clean, i));
        }
        authorYear(NARRATIVE, clean, 0, clean.length(), narrative, slice, block, found);
        return withoutOverlaps(found);
    }

    /**
     * Finds markers between {@code from} and {@code to}, trying the pattern only at the
     * positions in {@code starts}. Matches run on the clean text (no emphasis marks) but
     * markers quote the original. Inside a group the look-arounds see the parentheses around
     * it, which pass them just as the edge of a region does.
     */
    private void authorYear(Pattern pattern, String clean, int from, int to, BitSet starts, String slice,
            RawBlock block, List<Citation> found) {
        Matcher m = pattern.matcher(clean);
        int i = from;
        while (SparseFind.find(m, starts, i, to)) {
            i = m.end();
            if (NOT_AUTHOR.matcher(m.group(1)).matches()) {
                continue;
            }
            String marker = slice.substring(m.start(), m.end());
            Optional<String> doi = resolver.resolve(m.group(1), m.group(3), m.group(2) != null, m.group(4));
            found.add(at(block, m.start(), m.end(), marker, doi));
        }
    }

    /**
     * Where a bare DOI may start: every match starts with "doi:" or "http" in any case, or with
     * "10.". Its first letter alone let every 'd' and 'h' of a reference through.
     */
    private static BitSet bareDoiStarts(String text) {
        BitSet starts = new BitSet(text.length());
        for (char first : new char[] {'d', 'D', 'h', 'H', '1'}) {
            String prefix = first == '1' ? "10." : Character.toLowerCase(first) == 'd' ? "doi:" : "http";
            for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
                starts.set(i, text.regionMatches(true, i, prefix, 0, prefix.length()));
            }
        }
        return starts;
    }

    /**
     * A cheap test that {@link #SURNAME} may start at {@code i}: no letter or hyphen before it
     * (the markers' look-behind) and a capital or the first letter of a particle at it.
     */
    private static boolean surnameMayStartAt(String clean, int i) {
        char before = i == 0 ? ' ' : clean.charAt(i - 1);
        if (Character.isLetter(before) || before == '-') {
            return false;
        }
        int c = clean.codePointAt(i);
        return Character.isUpperCase(c) || c == 'v' || c == 'd' || c == 'l';
    }

    /**
     * Where a narrative marker may start: the positions from which nothing but what its authors
     * are written with (letters, white space, {@code & ' ’ - . ,}) leads up to a '(' and four
     * digits, as YEAR reads them. Capitalised words are many and such runs few, so the pattern is
     * tried at far fewer places; the test is only a necessary condition, the pattern decides.
     */
    private static BitSet beforeYear(String clean) {
        BitSet marks = new BitSet(clean.length());
        for (int open = clean.indexOf('('); open >= 0; open = clean.indexOf('(', open + 1)) {
            if (fourDigitsAfter(clean, open)) {
                int start = open;
                while (start > 0 && inAuthors(clean.charAt(start - 1))) {
                    start--;
                }
                marks.set(start, open);
            }
        }
        return marks;
    }

    private static boolean fourDigitsAfter(String clean, int open) {
        if (open + 4 >= clean.length()) {
            return false;
        }
        for (int k = open + 1; k <= open + 4; k++) {
            if (!isAsciiDigit(clean.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A character of AUTHORS, or of {@code ,?\s*} before the year: a surrogate may be half of a letter. */
    private static boolean inAuthors(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == ' ' || (c >= '\t' && c <= '\r')
                || "&'’-.,".indexOf(c) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String trimEnd(String doi) {
        String t = doi;
        while (".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static Citation at(RawBlock block, int from, int to, String marker, Optional<String> doi) {
        return new Citation(block.start() + from, block.start() + to, marker, doi);
    }

    /** Earlier, then longer, citations win: a DOI inside a link is not cited twice. */
    private static List<Citation> withoutOverlaps(List<Citation> found) {
        List<Citation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Citation::start)
                .thenComparing(Comparator.comparingInt(Citation::end).reversed()));
        List<Citation> kept = new ArrayList<>();
        for (Citation c : sorted) {
            if (kept.isEmpty() || c.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(c);
            }
        }
        return kept;
    }
}
