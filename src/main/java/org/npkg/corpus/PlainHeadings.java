package org.npkg.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which lines of a plain-text report are headings, and how deep. Text converted from a
 * word processor keeps no heading marks, so a heading is recognised by shape: a short line on
 * its own (blank lines around it) that starts like a title and does not end like a sentence.
 * Depth: entries of the report's own table of contents and ALL-CAPS lines are top level,
 * numbered lines ("1. Structural plasticity") are third level, other headings second level.
 */
final class PlainHeadings {

    private static final int MAX_CHARS = 100;
    private static final int MAX_WORDS = 14;
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+\\p{Lu}");
    private static final Pattern CITATION_LIKE = Pattern.compile("\\bet al\\b|\\(\\d{4}|\\d{4}[a-z]?\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s");
    private static final Pattern TOC_ENTRY = Pattern.compile("^(.*\\S)\\t+\\s*[\\divxlc]+\\s*$");

    private final Set<String> contents;

    private PlainHeadings(Set<String> contents) {
        this.contents = contents;
    }

    /** Reads the table of contents, if any: lines of "Heading<TAB>page". */
    static PlainHeadings of(List<Line> lines) {
        Set<String> contents = new HashSet<>();
        for (Line line : lines) {
            var m = TOC_ENTRY.matcher(line.text());
            if (line.text().indexOf('\t') >= 0 && m.matches()) { // the tab first: most lines have none
                contents.add(key(m.group(1)));
            }
        }
        return new PlainHeadings(contents);
    }

    boolean isHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_CHARS || SPACES.split(s).length > MAX_WORDS
                || s.indexOf('\t') >= 0 || BULLET.matcher(s).lookingAt()
                || CITATION_LIKE.matcher(s).find() || Captions.isCaption(s)) {
            return false;
        }
        char lastChar = s.charAt(s.length() - 1);
        if (".,;:".indexOf(lastChar) >= 0) {
            return false;
        }
        return NUMBERED.matcher(s).lookingAt() || Character.isUpperCase(s.codePointAt(0));
    }

    /** 1 for table-of-contents entries and ALL CAPS, 3 for numbered headings, else 2. */
    int level(String line) {
        String s = line.strip();
        if (contents.contains(key(s)) || allCaps(s)) {
            return 1;
        }
        return NUMBERED.matcher(s).lookingAt() ? 3 : 2;
    }

    /** A title before anything else is the document title, above every section. */
    boolean isTitle(String line) {
        String s = line.strip();
        return !contents.contains(key(s)) && !allCaps(s) && !NUMBERED.matcher(s).lookingAt();
    }

    private static boolean allCaps(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String key(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
