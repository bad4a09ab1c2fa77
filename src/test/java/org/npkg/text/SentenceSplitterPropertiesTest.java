package org.npkg.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.util.Span;
import org.npkg.corpus.Adversarial;

/** Whatever the text, sentences are ordered, disjoint, inside it, non-empty and no longer than the cap. */
class SentenceSplitterPropertiesTest {

    private static final int CAP = 120;
    private final SentenceSplitter splitter = SentenceSplitter.create(CAP);

    @Provide
    Arbitrary<String> texts() {
        return Adversarial.text(400);
    }

    @Property
    void sentencesAreOrderedDisjointAndCapped(@ForAll("texts") String text) {
        List<Span> spans = splitter.split(text);
        int last = 0;
        for (Span span : spans) {
            assertTrue(span.getStart() >= last && span.getStart() < span.getEnd() && span.getEnd() <= text.length(),
                    span + " after " + last + " in a text of " + text.length());
            assertTrue(span.length() <= CAP, span + " is longer than " + CAP);
            last = span.getEnd();
        }
    }
}
