package org.npkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import org.junit.jupiter.api.Test;

class SentenceEndsTest {

    private static final char[] ENDS = {'.', '!', '?'};

    @Test
    void findsEveryEndCharacter() {
        assertEquals(List.of(3, 7, 8, 13), new SentenceEnds(ENDS).getPositions("Yes. No!? Why. "));
        assertEquals(List.of(), new SentenceEnds(ENDS).getPositions("no end here; none, at all\u2026"));
    }

    @Test
    void answersAsOpenNlpsDefaultScanner() {
        String text = "Spines grew (Li et al. 2010)! Did they? Yes\u2014by 1.5 weeks\u3002 e.g. \"so.\" ...?";
        assertEquals(new DefaultEndOfSentenceScanner(ENDS).getPositions(text), new SentenceEnds(ENDS).getPositions(text));
        assertEquals(new DefaultEndOfSentenceScanner(ENDS).getEOSCharacters(), new SentenceEnds(ENDS).getEOSCharacters());
        char[] twice = {'.', '!', '.'};
        assertEquals(new DefaultEndOfSentenceScanner(twice).getPositions(text), new SentenceEnds(twice).getPositions(text),
                "an end character listed twice");
    }
}
