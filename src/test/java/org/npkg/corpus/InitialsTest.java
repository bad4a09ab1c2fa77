package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InitialsTest {

    /** The pattern the reader stands for, asked as the author list asked it. */
    private static final Pattern INITIALS = Pattern.compile(
            "(?:(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|\\p{Lu}{1,2}|del|van|von|den|der|de|da)(?:\\s+|$))+");

    private static final List<String> PARTS = List.of("W. C.", "M. F.", "J.-P.", "J.-P. A.", "A.B.", "MF", "R. S", "van der",
            "de la", "del", "Abraham", "W. Abraham", "A.-", "A..", "AB.", "ABC", "Ö.", "\u00c9.-\u00c5.", "\ud835\udc00.",
            "W.\tC.", "W.\u00a0C.", "W.  C.", " W.", "w. c.", "Van", "da Silva", "et al.", "J.-p.", "A.-B.-C.", ".", "-A.",
            "A. \u0085", "A.\u2028B.");

    @Test
    void readsAsThePatternMatches() {
        for (String part : PARTS) {
            assertEquals(INITIALS.matcher(part + " ").matches(), Initials.of(part), part);
        }
    }

    @Test
    void initialsCapitalsAndParticlesAreInitials() {
        assertTrue(Initials.of("W. C."));
        assertTrue(Initials.of("J.-P."));
        assertTrue(Initials.of("van der"));
        assertFalse(Initials.of("W. Abraham"));
        assertFalse(Initials.of("ABC"));
    }
}
