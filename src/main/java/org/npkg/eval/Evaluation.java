package org.npkg.eval;

import java.util.List;
import java.util.Map;

/**
 * Scores of the extractor against the gold.
 *
 * @param timesExact      share of matched time expressions with the gold's min, max and scale
 * @param polarityRight   share of matched findings with the gold's polarity
 * @param certaintyRight  share of matched findings with the gold's certainty
 * @param onsetRight      share of matched findings with the gold's onset: the same time expression, or none
 * @param misses          every false positive and false negative finding, when asked for
 */
public record Evaluation(Score findings, Map<String, Score> byRelation, Map<String, Score> byFacet, Score mentions,
        Score sentences, Score times, double timesExact, double polarityRight, double certaintyRight,
        double onsetRight, List<Miss> misses) {

    /** A finding the extractor got wrong: found but not in the gold, or in the gold but not found. */
    public record Miss(boolean falsePositive, String doc, String sentence, String subject, String relation,
            String object) {}
}
