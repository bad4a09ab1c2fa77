package org.npkg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.npkg.corpus.Adversarial;

/**
 * Whatever the text, the parser never throws (its documented promise), and every span it finds
 * is a slice of the text, in order, with finite bounds within the cap, low before high.
 */
class TimeSpanParserPropertiesTest {

    private final TimeSpanParser parser = TimeSpanParser.builder().build();

    @Provide
    Arbitrary<String> texts() {
        return Adversarial.timeText(40);
    }

    @Property
    void spansAreSlicesWithSaneBounds(@ForAll("texts") String text) {
        int last = 0;
        for (TimeSpan span : parser.find(text)) {
            assertTrue(span.start() >= last && span.end() <= text.length(), span + " in " + text.length());
            assertEquals(text.substring(span.start(), span.end()), span.text());
            assertTrue(span.minSeconds() <= TimeSpanParser.DEFAULT_MAX_SECONDS, span.toString());
            span.maxSeconds().ifPresent(max -> assertTrue(max >= span.minSeconds()
                    && max <= TimeSpanParser.DEFAULT_MAX_SECONDS, span.toString()));
            last = span.end();
        }
        Statistics.collect(parser.find(text).isEmpty() ? "no span" : "spans");
        Statistics.coverage(c -> c.check("spans").percentage(p -> p > 50));
    }
}
