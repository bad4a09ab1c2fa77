package org.npkg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.npkg.corpus.Adversarial;

class SpanCoresTest {

    private final SpanCores cores = new SpanCores(List.of("day", "weeks", "rapid", "immediate", "long term"));

    @Test
    void theLastDigitOrWordThatStartsAWordIsTheLastCore() {
        assertEquals(-1, cores.last("BDNF rose in the hippocampus after ketamine."));
        assertEquals(7, cores.last("after 24 h, BDNF rose"));
        assertEquals(2, cores.last("a DAY later, spines"));
        assertEquals(7, cores.last("within weeks; spines grew"));
        assertEquals(7, cores.last("a five-day course"), "after a hyphen a word starts");
        assertEquals(2, cores.last("a long  term effect"), "a phrase's first word stands for it");
        assertEquals(-1, cores.last("the weekday and daylight rapidity"), "inside or longer words are no cores");
        assertEquals(0, cores.last("\u0130mmediate effects"), "a capital that folds to an ASCII letter is compared");
    }

    private final TimeSpanParser parser = TimeSpanParser.builder().build();
    /** The default tables walked over the whole text: a word that starts no word turns the stop off. */
    private final TimeSpanParser walkingAll = new TimeSpanParser(new QuantityScanner(
            NumberReader.load(TsvTable.resource("numbers.tsv", NumberReader.COLUMNS)),
            UnitTable.load(TsvTable.resource("units.tsv", UnitTable.UNIT_COLUMNS),
                    TsvTable.resource("unit-forms.tsv", UnitTable.FORM_COLUMNS))),
            CueTable.load(TsvTable.resource("cues.tsv", CueTable.COLUMNS)),
            QualitativeTable.load(TsvTable.resource("qualitative.tsv", QualitativeTable.COLUMNS)),
            new SpanCores(List.of("~")), TimeSpanParser.DEFAULT_MAX_SECONDS);

    @Provide
    Arbitrary<String> texts() {
        return Adversarial.timeText(40);
    }

    @Property
    void stoppingAtTheLastCoreFindsWhatWalkingTheWholeTextFinds(@ForAll("texts") String text) {
        assertEquals(walkingAll.find(text), parser.find(text));
    }

    @Test
    void sentencesFindTheSameSpansEitherWay() {
        for (String text : List.of("within hours to days of a single dose", "a month after the second of three doses",
                "rapid and sustained effects over several weeks", "after 30min and at 2 h, then ~1 year later",
                "the acutely, chronically or gradually changing signal, up to a few days", "no time is named here")) {
            assertEquals(walkingAll.find(text), parser.find(text), text);
        }
        assertEquals(3, parser.find("rapid and sustained effects over several weeks, within 2 h").size());
    }
}
