package org.npkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a plain-text report into raw blocks. Lines between blank lines form a group; a group of
 * one heading-shaped line is a heading ({@link PlainHeadings}); inside a group, tab-separated
 * lines are table rows, bullet or numbered lines start list items and a "Figure n" line starts
 * a caption; the remaining lines form paragraphs.
 */
final class PlainTextParser {

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+\\S");

    private PlainTextParser() {
    }

    static List<RawBlock> parse(List<Line> lines) {
        PlainHeadings headings = PlainHeadings.of(lines);
        List<RawBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            int end = groupEnd(lines, i);
            Line line = lines.get(i);
            if (end == i + 1 && headings.isHeading(line.text())) {
                boolean title = blocks.isEmpty() && headings.isTitle(line.text());
                blocks.add(RawBlock.heading(line, title ? 0 : headings.level(line.text())));
                if (ReferenceSection.isHeading(line.text())) {
                    int stop = sectionEnd(lines, end, headings);
                    blocks.addAll(ReferenceSection.entries(lines.subList(end, stop)));
                    end = stop;
                }
            } else {
                addGroup(lines.subList(i, end), blocks);
            }
            i = end;
        }
        return blocks;
    }

    private static void addGroup(List<Line> group, List<RawBlock> blocks) {
        int i = 0;
        while (i < group.size()) {
            Line first = group.get(i);
            BlockKind kind = kindOf(first.text());
            int last = i;
            while (kind != BlockKind.TABLE && last + 1 < group.size()
                    && continues(group.get(last + 1).text())) {
                last++;
            }
            blocks.add(RawBlock.of(kind, first, group.get(last)));
            i = last + 1;
        }
    }

    private static BlockKind kindOf(String line) {
        if (line.indexOf('\t') >= 0) {
            return BlockKind.TABLE;
        }
        if (Captions.isCaption(line)) {
            return BlockKind.CAPTION;
        }
        return ITEM.matcher(line).lookingAt() ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
    }

    /** A line continues the current block unless it starts a block of its own. */
    private static boolean continues(String next) {
        return kindOf(next) == BlockKind.PARAGRAPH;
    }

    private static int groupEnd(List<Line> lines, int from) {
        int end = from;
        while (end < lines.size() && !lines.get(end).blank()) {
            end++;
        }
        return end;
    }

    /**
     * Entries may be split by blank lines, so only a short, heading-shaped line without commas
     * or years (an "APPENDIX", not a wrapped author list) ends the reference section.
     */
    private static int sectionEnd(List<Line> lines, int from, PlainHeadings headings) {
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean alone = (i == 0 || lines.get(i - 1).blank())
                    && (i + 1 == lines.size() || lines.get(i + 1).blank());
            if (alone && !line.blank() && headings.isHeading(line.text())
                    && line.text().indexOf(',') < 0 && line.text().strip().split("\\s+").length <= 6) {
                return i;
            }
        }
        return lines.size();
    }
}
