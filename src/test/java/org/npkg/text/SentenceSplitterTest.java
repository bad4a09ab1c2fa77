package org.npkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.create();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void splitsOrdinarySentences() {
        assertEquals(List.of("Ketamine acts fast.", "SSRIs act slowly."), sentences("Ketamine acts fast. SSRIs act slowly."));
    }

    @Test
    void aMixedCaseAcronymInLowerCaseStartsASentence() {
        assertEquals(List.of("ECT needs anaesthesia.", "rTMS is focal.", "It is safe."),
                sentences("ECT needs anaesthesia. rTMS is focal. It is safe."));
        assertEquals(1, sentences("The dose was 5 mg. and more").size());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Spines grew in mice (Li et al. 2010) and in rats, e.g. in the mPFC, i.e. the cortex. It lasted 1.5 weeks.";
        List<String> sentences = sentences(text);
        assertEquals(2, sentences.size(), sentences.toString());
        assertTrue(sentences.get(1).startsWith("It lasted 1.5 weeks"));
    }

    @Test
    void figureReferencesDoNotEndSentences() {
        assertEquals(1, sentences("Spine density rose (see Fig. 4) within a day.").size());
    }

    @Test
    void overLongSentencesAreCut() {
        String text = "word ".repeat(1000);
        List<Span> spans = SentenceSplitter.create(500).split(text);
        assertTrue(spans.size() >= 10);
        assertTrue(spans.stream().allMatch(s -> s.getEnd() - s.getStart() <= 500));
    }
}
