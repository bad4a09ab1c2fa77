package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.npkg.text.Tokenizer;

class LexiconTest {

    private static final Concept HIGH_FREQUENCY = FixtureLexicon.concept("HighFrequencyRTMS", "high-frequency rTMS",
            Facet.INTERVENTION);
    private final Lexicon lexicon = Lexicon.builder().add(HIGH_FREQUENCY, "high-frequency rTMS")
            .add(FixtureLexicon.RTMS, "rTMS").add(FixtureLexicon.BDNF, "BDNF").build();

    private List<String> mentions(String text) {
        return lexicon.mentions(Tokenizer.tokenize(text)).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.concept().label()).toList();
    }

    @Test
    void aBracketedMeasurementInsideANameBelongsToTheMention() {
        assertEquals(List.of("High-frequency (10-20 Hz) rTMS=high-frequency rTMS"),
                mentions("High-frequency (10-20 Hz) rTMS was applied."));
        assertEquals(List.of("high-frequency (>5 Hz) rTMS=high-frequency rTMS"),
                mentions("Daily high-frequency (>5 Hz) rTMS helps."));
    }

    @Test
    void otherBracketsAreNotReadThrough() {
        assertEquals(List.of("BDNF=BDNF", "rTMS=rTMS"), mentions("High-frequency (BDNF) rTMS"));
        assertEquals(List.of("rTMS=rTMS"), mentions("The rTMS (10 Hz) protocol"));
    }
}
