package org.npkg.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression guard: scores of the extractor against data/gold must not fall below these
 * floors, the targets npkg's extraction is held to. A floor may be raised as the extractor
 * improves, never lowered.
 */
class EvaluationGuardTest {

    static final double FINDINGS_PRECISION = 0.90;
    static final double FINDINGS_RECALL = 0.80;
    static final double MENTIONS_PRECISION = 0.95;
    static final double MENTIONS_RECALL = 0.90;
    static final double TIME_SPANS_EXACT = 0.95;
    static final double POLARITY_RIGHT = 0.95;
    static final double CERTAINTY_RIGHT = 0.95;
    /** No target of its own: held at the level reached. */
    static final double ONSET_RIGHT = 0.90;

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() throws Exception {
        evaluation = Evaluator.builder().build().run();
    }

    @Test
    void noScoreFallsBelowItsFloor() {
        assertAll(
                () -> atLeast("findings precision", evaluation.findings().precision(), FINDINGS_PRECISION),
                () -> atLeast("findings recall", evaluation.findings().recall(), FINDINGS_RECALL),
                () -> atLeast("mentions precision", evaluation.mentions().precision(), MENTIONS_PRECISION),
                () -> atLeast("mentions recall", evaluation.mentions().recall(), MENTIONS_RECALL),
                () -> atLeast("time spans exactly right", evaluation.timesExact(), TIME_SPANS_EXACT),
                () -> atLeast("polarity right", evaluation.polarityRight(), POLARITY_RIGHT),
                () -> atLeast("certainty right", evaluation.certaintyRight(), CERTAINTY_RIGHT),
                () -> atLeast("onset right", evaluation.onsetRight(), ONSET_RIGHT));
    }

    private static void atLeast(String what, double score, double floor) {
        assertTrue(score >= floor, String.format("%s %.3f is below its floor %.2f", what, score, floor));
    }
}
