package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    /** The connectors as one hand-written pattern: the word test must never refuse what it accepts. */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?i)(\\s|,|/|&|\\(|\\)|\\band\\b|\\bor\\b|\\bnor\\b|\\bboth\\b|\\beither\\b|\\bas well as\\b|\\bplus\\b"
            + "|\\bsuch as\\b|\\be\\.g\\.|\\bi\\.e\\.|\\bincluding\\b|\\blike\\b|\\bespecially\\b|\\bparticularly\\b"
            + "|\\bnotably\\b|\\bthe\\b|\\bother\\b|\\bits\\b|\\b(up|down)stream\\b"
            + "|\\b(interventions?|treatments?|drugs?|compounds?|agents?|therap(y|ies)|medications?)\\b)*");

    private static final List<String> BETWEEN = List.of("", " ", " and ", ", ", " or other ", " as well as ", " such as ",
            " (e.g. ", " e.g.the ", "/", " & ", ") and (", " AND THE ", " Drugs, ", " therapies and ", " therapys ",
            " increases the expression of ", " and upstream ", " down stream ", " and\u2028", " and\u00a0", " \u00e9 ", " 5 ",
            " and; ", " nand ", " andor ", " as well ", " such ", " i.e., ", " e.g ", " plus-", " its_ ", " the\tother\n");

    @Test
    void joinsExactlyWhatThePatternMatches() {
        for (String between : BETWEEN) {
            assertEquals(WRITTEN.matcher(between).matches(), Connectors.join(between), "\"" + between + "\"");
        }
    }

    @Test
    void listsAreJoinedAndClausesAreNot() {
        assertTrue(Connectors.join(", such as "));
        assertTrue(Connectors.join(" and other drugs like "));
        assertFalse(Connectors.join(" increases the expression of "));
        assertFalse(Connectors.join(" and 5 "));
    }
}
