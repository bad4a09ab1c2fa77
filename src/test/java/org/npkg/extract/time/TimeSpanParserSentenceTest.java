package org.npkg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offsets, ordering and longest match inside longer sentences; absurd numbers. */
class TimeSpanParserSentenceTest {

    private static TimeSpanParser parser;

    @BeforeAll
    static void build() {
        parser = TimeSpanParser.builder().build();
    }

    @Test
    void offsetsPointIntoTheSentence() {
        String s = "Ketamine (10 mg/kg) acutely increased CA1 spine density within 24 h in M1 and layer 5, "
                + "and the effect lasted up to 2 weeks (Figure 2; DOI: 10.1038/nn.1234).";
        List<TimeSpan> spans = parser.find(s);
        assertEquals(List.of("acutely", "within 24 h", "up to 2 weeks"), spans.stream().map(TimeSpan::text).toList());
        for (TimeSpan span : spans) {
            assertEquals(span.text(), s.substring(span.start(), span.end()));
            assertEquals(s.indexOf(span.text()), span.start());
        }
        assertTrue(spans.get(0).qualitative());
        assertFalse(spans.get(1).qualitative());
    }

    @Test
    void rangeIsOneSpanNotItsLastNumber() {
        String s = "SSRIs require 4–8 weeks, while psilocybin acts within hours–days.";
        List<TimeSpan> spans = parser.find(s);
        assertEquals(List.of("4–8 weeks", "within hours–days"), spans.stream().map(TimeSpan::text).toList());
        assertEquals(4 * 604800.0, spans.get(0).minSeconds());
        assertEquals(OptionalDouble.of(604800.0), spans.get(1).maxSeconds());
        assertEquals(Scale.DAYS, spans.get(1).scale());
    }

    @Test
    void spansComeLeftToRightWithoutOverlap() {
        String s = "Spines appeared at 30 minutes and persisted for at least 2 hours, 2 and 4 hours after "
                + "treatment, and over several weeks to months of chronic dosing.";
        List<TimeSpan> spans = parser.find(s);
        assertEquals(List.of("at 30 minutes", "for at least 2 hours", "2 and 4 hours", "over several weeks to months",
                "chronic"), spans.stream().map(TimeSpan::text).toList());
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1).end() <= spans.get(i).start());
        }
        assertEquals(OptionalDouble.empty(), spans.get(1).maxSeconds());
        assertEquals(new TimeSpan(spans.get(3).start(), spans.get(3).end(), "over several weeks to months",
                3 * 604800.0, OptionalDouble.of(31557600.0), Scale.MONTHS, false), spans.get(3));
    }

    @Test
    void twoUnitsJoinedByAndAreAListNotARange() {
        String s = "After ninety minutes and one-week washout, tissue was fixed.";
        assertEquals(List.of("After ninety minutes", "one-week"), parser.find(s).stream().map(TimeSpan::text).toList());
    }

    @Test
    void absurdNumbersAreCappedNotThrown() {
        double cap = TimeSpanParser.DEFAULT_MAX_SECONDS;
        String nines = "9".repeat(500);
        for (String text : List.of("10^400 weeks", "999999999999 days", nines + " days", "10^99999999999 h",
                "1.5 × 10^308 years", "at least 10^400 weeks")) {
            List<TimeSpan> spans = parser.find(text);
            assertEquals(1, spans.size(), text);
            TimeSpan span = spans.get(0);
            assertEquals(text, span.text());
            assertEquals(cap, span.minSeconds(), text);
            assertTrue(span.maxSeconds().isEmpty() || span.maxSeconds().getAsDouble() == cap, text);
            assertEquals(Scale.YEARS, span.scale(), text);
        }
    }

    @Test
    void tinyExponentGivesZero() {
        TimeSpan span = parser.find("2 × 10^-400 s").get(0);
        assertEquals(0.0, span.minSeconds());
        assertEquals(Scale.SECONDS, span.scale());
    }

    @Test
    void capIsConfigurable() {
        TimeSpanParser oneYear = TimeSpanParser.builder().maxSeconds(31557600).build();
        TimeSpan span = oneYear.find("within 5 years").get(0);
        assertEquals(OptionalDouble.of(31557600), span.maxSeconds());
    }

    @Test
    void scaleThresholds() {
        assertEquals(Scale.SECONDS, Scale.of(59.9));
        assertEquals(Scale.MINUTES, Scale.of(60));
        assertEquals(Scale.HOURS, Scale.of(3600));
        assertEquals(Scale.DAYS, Scale.of(86400));
        assertEquals(Scale.WEEKS, Scale.of(604800));
        assertEquals(Scale.WEEKS, Scale.of(2629799));
        assertEquals(Scale.MONTHS, Scale.of(2629800));
        assertEquals(Scale.YEARS, Scale.of(31557600));
    }
}
