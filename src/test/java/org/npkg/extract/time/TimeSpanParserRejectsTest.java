package org.npkg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that looks numeric or temporal but holds no time span. */
class TimeSpanParserRejectsTest {

    private static TimeSpanParser parser;

    @BeforeAll
    static void build() {
        parser = TimeSpanParser.builder().build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "5-HT", "5-HT2A receptors", "Figure 2", "layer 5", "DOI: 10.1038", "CA1", "2A", "1 Hz", "10 Hz",
        "M1", "(2021)", "h", "H", "5 H", "a s.c. injection", "a second dose", "the 1990s", "2d culture",
        "Fig. 2h", "three times a week", "twice a day", "every 2 days", "10 mg/kg per day",
        "https://doi.org/10.1186/s40001-025-03542-y", "10.1038/s41398-021-01706-y", "p < 0.05",
        "n = 12 mice", "rapid-acting antidepressants", "rapid acting antidepressants",
        "immediate-early genes", "immediate early genes", "long-term potentiation", "post-acute effects",
        "delayed rectifier current", "acute slices", "fast-spiking interneurons", "rapid eye movement",
        "slow-wave sleep", "the second week", "the first month of life", "day 7", "3 m",
        "hourly", "daily rTMS", "weekday", "minute amounts", "characterised", "chronicle", "fastidious"
    })
    void noSpan(String text) {
        assertEquals(List.of(), parser.find(text));
    }
}
