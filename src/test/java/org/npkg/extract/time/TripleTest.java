package org.npkg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TripleTest {

    @Test
    void lettersAndSpacesHaveANumberCaseFolded() {
        assertEquals(Triple.at("in a week", 0), Triple.at("IN A WEEK", 0));
        assertTrue(Triple.at("a week", 0) >= 0);
        assertTrue(Triple.at("the", 0) >= 0);
    }

    @Test
    void otherCharactersAndTheEndOfTheTextHaveNone() {
        assertEquals(-1, Triple.at("5 days", 0));
        assertEquals(-1, Triple.at("a-b", 0));
        assertEquals(-1, Triple.at("in\tweeks", 0));
        assertEquals(-1, Triple.at("\u00e9t\u00e9", 0));
        assertEquals(-1, Triple.at("in", 0));
        assertEquals(-1, Triple.at("within", 4));
    }

    @Test
    void aTestIsKeptAsOneBitPerTriple() {
        long[] bits = Triple.bits(text -> text.startsWith("in"));
        assertTrue(Triple.has(bits, Triple.at("Into", 0)));
        assertTrue(Triple.has(bits, Triple.at("in a day", 0)));
        assertFalse(Triple.has(bits, Triple.at("on a day", 0)));
        assertFalse(Triple.has(bits, Triple.at(" in", 0)));
    }
}
