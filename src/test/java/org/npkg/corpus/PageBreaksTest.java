package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageBreaksTest {

    private static List<RawBlock> paragraphs(String text, String... parts) {
        return java.util.Arrays.stream(parts)
                .map(part -> new RawBlock(BlockKind.PARAGRAPH, text.indexOf(part), text.indexOf(part) + part.length(), 0))
                .toList();
    }

    @Test
    void aSentenceSplitByABlankLineIsOneParagraph() {
        String text = "Ketamine acts as an antagonist of\n\nthe NMDA receptor. Next.\n\nA new paragraph.";
        List<RawBlock> joined = PageBreaks.join(text, paragraphs(text, "Ketamine acts as an antagonist of",
                "the NMDA receptor. Next.", "A new paragraph."));
        assertEquals(2, joined.size());
        assertEquals(0, joined.get(0).start());
        assertEquals(text.indexOf(" Next.") + 6, joined.get(0).end());
    }

    @Test
    void finishedParagraphsAndCapitalisedStartsStayApart() {
        String text = "It ends here.\n\nthen lower case.\n\nNo stop\n\nCapital start.";
        assertEquals(4, PageBreaks.join(text, paragraphs(text, "It ends here.", "then lower case.", "No stop",
                "Capital start.")).size());
    }
}
