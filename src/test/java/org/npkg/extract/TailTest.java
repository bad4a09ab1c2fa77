package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pre-check must never refuse a prefix on which the pattern itself would be found. */
class TailTest {

    private static final String INFINITIVE = "(?i)(?<!found|shown)\\s+to\\s+(\\w+ly\\s+)?$";
    private static final String AFTER_COMMA = "(?i)(,\\s*|\\bwhile\\s+)((thus|\\w+ly)\\s+)*$";

    @Test
    void agreesWithThePatternOnThePrefix() {
        String text = "the time needed TO rapidly \n induce BDNF; found to raise; shown  to raise, while thus "
                + "quickly \u0085 rising, x-\u2028y";
        Tail infinitive = Tail.of(INFINITIVE, "to", "ly");
        Tail afterComma = Tail.of(AFTER_COMMA, ",", "while", "thus", "ly");
        for (int end = 0; end <= text.length(); end++) {
            String prefix = text.substring(0, end);
            assertEquals(Pattern.compile(INFINITIVE).matcher(prefix).find(), infinitive.in(text, end), "prefix of " + end);
            assertEquals(Pattern.compile(AFTER_COMMA).matcher(prefix).find(), afterComma.in(text, end), "prefix of " + end);
        }
        assertTrue(infinitive.in(text, text.indexOf("induce")), "the test text has matches");
        assertTrue(afterComma.in(text, text.indexOf('\u0085') + 1), "a match may end before a line terminator");
    }

    private static final String PASSIVE = "(?i)\\b(is|was)\\s+(\\w+ly\\s+)?$";

    @Test
    void anAuxiliaryAmongTheLastTwoRunsIsFoundWhereThePatternIs() {
        String text = "BDNF is rapidly  increased; TrkB WAS\tphosphorylated, it (is\u2028quickly \u0085 this is so; was-is x";
        Tail passive = Tail.of(PASSIVE, 2, "is", "was");
        for (int end = 0; end <= text.length(); end++) {
            assertEquals(Pattern.compile(PASSIVE).matcher(text.substring(0, end)).find(), passive.in(text, end),
                    "prefix of " + end);
        }
        assertTrue(passive.in(text, text.indexOf("increased")), "the test text has matches");
    }

    private static final Pattern COMPLEMENT = Pattern.compile(
            "(?i)(?<!such )\\b(as|than|vs\\.?|compared (to|with))\\s+((the|a)\\s+)?([\\w\\-]+\\s+)?$");

    @Test
    void aWordFollowedByAtMostTwoWordsIsAmongTheLastThreeRuns() {
        String text = "stronger than the  other drug-like SSRIs, as A ketamine, compared with\tfluoxetine  such as rTMS vs. ECT x";
        for (int end = 0; end <= text.length(); end++) {
            int from = Math.max(0, end - 40);
            boolean plain = COMPLEMENT.matcher(text.substring(from, end)).find();
            boolean checked = Tail.runEndsWithAny(text, from, end, 3, "as", "than", "vs", "vs.", "to", "with")
                    && COMPLEMENT.matcher(text).region(from, end).find();
            assertEquals(plain, checked, "window ending at " + end);
        }
    }

    @Test
    void endingsAsStringMatches() {
        for (String s : new String[] {"induction", "increased", "raised\nin", "seen", "sent\u2028en", "ed", "ends"}) {
            assertEquals(s.matches(".*(tion|ed|en)"), Tail.matchesEnding(s, "tion", "ed", "en"), s);
        }
    }

    @Test
    void looksPastWhitespaceAndLineTerminators() {
        assertTrue(Tail.endsWithAny("needed to \t\u2028", 12, "to"));
        assertTrue(Tail.endsWithAny("LIKE ", 5, "like"));
        assertFalse(Tail.endsWithAny("liked ", 6, "like"));
        assertFalse(Tail.endsWithAny("o ", 2, "to"));
    }
}
