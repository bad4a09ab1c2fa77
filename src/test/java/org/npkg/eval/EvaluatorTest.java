package org.npkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on a one-document corpus whose gold was written by hand for this test. */
class EvaluatorTest {

    private static final Path ROOT = Path.of("src/test/resources/eval");

    private static Evaluation evaluate() throws Exception {
        return Evaluator.builder().gold(ROOT.resolve("gold")).corpus(ROOT.resolve("corpus")).build().run();
    }

    @Test
    void findingsAreMatchedBySentenceSubjectRelationAndObject() throws Exception {
        Evaluation e = evaluate();
        // The extractor reads "drives" as Induces for both subjects; the gold says Increases for ECT.
        assertEquals(new Score(2, 1, 1), e.findings());
        assertEquals(new Score(1, 0, 1), e.byRelation().get("Increases"));
        assertEquals(new Score(1, 1, 0), e.byRelation().get("Induces"));
        assertEquals(1.0, e.polarityRight());
        assertEquals(1.0, e.onsetRight(), "'within 24 h' for ketamine, no onset for rTMS");
        assertTrue(e.misses().stream().anyMatch(m -> m.falsePositive() && m.subject().equals("ECT")));
        assertTrue(e.misses().stream().anyMatch(m -> !m.falsePositive() && m.relation().equals("Increases")
                && m.sentence().startsWith("Neither rTMS")));
    }

    @Test
    void sentencesTimesAndMentionsAreScoredWhereTheGoldMarksThem() throws Exception {
        Evaluation e = evaluate();
        assertEquals(new Score(2, 0, 0), e.sentences());
        assertEquals(new Score(1, 0, 0), e.times());
        assertEquals(1.0, e.timesExact());
        assertEquals(0, e.mentions().falseNegatives());
        assertTrue(e.mentions().falsePositives() >= 1, "mPFC is a mention the gold left out: " + e.mentions());
    }

    @Test
    void scoresDeriveFromCounts() {
        Score s = new Score(8, 2, 4);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(8.0 / 12, s.recall(), 1e-9);
        assertEquals(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), s.f1(), 1e-9);
        assertEquals(1.0, Score.ZERO.precision());
    }

    @Test
    void aMalformedGoldLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.jsonl"), "{\"type\":\"sentence\",\"doc\":\"d\",\"start\":0,\"end\":4,\"text\":\"abcd\"}\n"
                + "{\"type\":\"finding\",\"doc\":\"d\",\"start\":0,\"end\":4,\"subject\":\"Ketamine\"}\n");
        GoldException e = assertThrows(GoldException.class, () -> Gold.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.jsonl") + ":2:"), e.getMessage());
    }
}
