package org.npkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a References/Bibliography section and cuts its lines into entries. Entries are
 * not separated reliably: converted documents wrap one entry over several lines, sometimes
 * with blank lines between, and drop the bullet of some entries. So an entry starts at a bullet,
 * or at a line that begins like an author list ("Surname, I.") once the entry before it has
 * reached its year; everything else continues the current entry.
 */
final class ReferenceSection {

    private static final Set<String> NAMES = Set.of("references", "reference list",
            "bibliography", "works cited", "literature", "literature cited", "cited literature");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)]|\\[\\d+\\])\\s");
    private static final Pattern AUTHOR_START = Pattern.compile(
            "^\\s*(?:(?:van|von|de|da|del|der|den|di|du|le|la)\\s+)*\\p{Lu}[\\p{L}'’\\-]+"
                    + "(?:\\s+[\\p{L}'’\\-.]+){0,3},\\s+\\p{Lu}\\.");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern YEAR = Pattern.compile("\\((?:\\d{4}[a-z]?|n\\.d\\.)[),]");

    private ReferenceSection() {
    }

    /** True if a heading's text names a reference section, ignoring markup and numbering. */
    static boolean isHeading(String headingText) {
        String words = NOT_LETTERS.matcher(headingText).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return NAMES.contains(words);
    }

    /** One REFERENCE block per entry among {@code lines} (the section body, no heading). */
    static List<RawBlock> entries(List<Line> lines) {
        List<RawBlock> entries = new ArrayList<>();
        Line first = null;
        Line last = null;
        boolean hasYear = false;
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            boolean starts = BULLET.matcher(line.text()).lookingAt()
                    || hasYear && AUTHOR_START.matcher(line.text()).lookingAt();
            if (first == null || starts) {
                if (first != null) {
                    entries.add(RawBlock.of(BlockKind.REFERENCE, first, last));
                }
                first = line;
                hasYear = false;
            }
            last = line;
            hasYear |= SparseFind.find(YEAR.matcher(line.text()), line.text(), 0, '(');
        }
        if (first != null) {
            entries.add(RawBlock.of(BlockKind.REFERENCE, first, last));
        }
        return entries;
    }
}
