package org.npkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Markdown report into raw blocks: ATX headings, list items, table rows, captions and
 * paragraphs (which may span lines). Fenced code and thematic breaks are not prose and yield no
 * block. Inline markup is left to {@link MarkupBlanker}.
 */
final class MarkdownParser {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?=[ \\t]|$)");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])[ \\t]+\\S");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:\\-]+$");

    private MarkdownParser() {
    }

    static List<RawBlock> parse(List<Line> lines) {
        List<RawBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            Matcher atx = ATX.matcher(line.text());
            if (line.blank() || RULE.matcher(line.text()).matches()) {
                i++;
            } else if (FENCE.matcher(line.text()).lookingAt()) {
                i = skipFence(lines, i);
            } else if (atx.lookingAt()) {
                int level = atx.group(1).length();
                blocks.add(RawBlock.heading(line, level));
                i++;
                if (ReferenceSection.isHeading(line.text())) {
                    int end = nextHeading(lines, i, level);
                    blocks.addAll(ReferenceSection.entries(lines.subList(i, end)));
                    i = end;
                }
            } else if (TABLE_ROW.matcher(line.text()).matches()) {
                if (!TABLE_RULE.matcher(line.text()).matches()) {
                    blocks.add(RawBlock.of(BlockKind.TABLE, line, line));
                }
                i++;
            } else {
                boolean item = BULLET.matcher(line.text()).lookingAt();
                int last = lastLineOf(lines, i);
                BlockKind kind = item ? BlockKind.LIST_ITEM
                        : Captions.isCaption(line.text()) ? BlockKind.CAPTION : BlockKind.PARAGRAPH;
                blocks.add(RawBlock.of(kind, line, lines.get(last)));
                i = last + 1;
            }
        }
        return blocks;
    }

    /** A paragraph or item runs until a blank line or a line that starts another block. */
    private static int lastLineOf(List<Line> lines, int first) {
        int last = first;
        while (last + 1 < lines.size()) {
            String next = lines.get(last + 1).text();
            if (lines.get(last + 1).blank() || ATX.matcher(next).lookingAt()
                    || BULLET.matcher(next).lookingAt() || FENCE.matcher(next).lookingAt()
                    || TABLE_ROW.matcher(next).matches()) {
                break;
            }
            last++;
        }
        return last;
    }

    /** The reference section ends at the next heading of the same or a higher rank. */
    private static int nextHeading(List<Line> lines, int from, int level) {
        for (int i = from; i < lines.size(); i++) {
            Matcher atx = ATX.matcher(lines.get(i).text());
            if (atx.lookingAt() && atx.group(1).length() <= level) {
                return i;
            }
        }
        return lines.size();
    }

    private static int skipFence(List<Line> lines, int open) {
        String fence = FENCE.matcher(lines.get(open).text()).results().findFirst()
                .map(r -> r.group(1)).orElse("```");
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).text().strip().startsWith(fence)) {
                return i + 1;
            }
        }
        return lines.size();
    }
}
