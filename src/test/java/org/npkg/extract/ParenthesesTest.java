package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The innermost parenthesis around each offset of a sentence. */
class ParenthesesTest {

    @Test
    void aSentenceWithoutParenthesesHasNoneAnywhere() {
        Parentheses none = new Parentheses("Ketamine raises BDNF.");
        for (int offset = 0; offset <= 21; offset++) {
            assertEquals(-1, none.around(offset));
        }
    }

    @Test
    void theInnermostOpenParenthesisWinsAndClosesAfterItsMatch() {
        String text = "ECT (and rTMS (weekly)) acts.";
        Parentheses parentheses = new Parentheses(text);
        assertEquals(-1, parentheses.around(text.indexOf("ECT")));
        assertEquals(4, parentheses.around(text.indexOf("and")));
        assertEquals(14, parentheses.around(text.indexOf("weekly")));
        assertEquals(4, parentheses.around(text.indexOf(")) acts") + 1));
        assertEquals(-1, parentheses.around(text.indexOf("acts")));
        assertEquals(-1, parentheses.around(text.length()));
    }

    @Test
    void aStrayClosingParenthesisIsPassedOver() {
        String text = "rTMS) works (in weeks) here";
        Parentheses parentheses = new Parentheses(text);
        assertEquals(-1, parentheses.around(text.indexOf("works")));
        assertEquals(12, parentheses.around(text.indexOf("weeks")));
        assertEquals(-1, parentheses.around(text.indexOf("here")));
    }
}
