package org.npkg.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins paragraphs that a page break split in mid-sentence, as documents converted from Word
 * or PDF often are: a paragraph that ends without closing punctuation, followed by one that
 * starts in lower case, is one paragraph.
 */
final class PageBreaks {

    private static final String CLOSING = ".!?:;\"\u201D)]";

    private PageBreaks() {}

    static List<RawBlock> join(String text, List<RawBlock> raws) {
        List<RawBlock> joined = new ArrayList<>(raws.size());
        for (RawBlock raw : raws) {
            RawBlock last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && continues(text, last, raw)) {
                joined.set(joined.size() - 1, new RawBlock(BlockKind.PARAGRAPH, last.start(), raw.end(), 0));
            } else {
                joined.add(raw);
            }
        }
        return joined;
    }

    private static boolean continues(String text, RawBlock first, RawBlock next) {
        if (first.kind() != BlockKind.PARAGRAPH || next.kind() != BlockKind.PARAGRAPH) {
            return false;
        }
        String head = text.substring(first.start(), first.end()).stripTrailing();
        String tail = text.substring(next.start(), next.end()).stripLeading();
        return !head.isEmpty() && !tail.isEmpty() && CLOSING.indexOf(head.charAt(head.length() - 1)) < 0
                && Character.isLowerCase(tail.charAt(0));
    }
}
