package org.npkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.npkg.extract.Facet;
import org.npkg.extract.Finding;
import org.npkg.text.Sentence;

/**
 * Findings: an extracted finding matches a gold one of the same document whose sentence overlaps
 * its sentence and whose subject, relation kind and object are the same. Each gold finding matches
 * at most once. Polarity, certainty and onset (the same time expression, or none on both) are
 * scored on the matched pairs.
 */
final class FindingMatcher {

    private final List<Gold.Claim> gold;
    private final Map<String, Facet> facets;
    private final Set<Gold.Claim> matched = new HashSet<>();
    private final Map<String, Score> byRelation = new HashMap<>();
    private final Map<String, Score> byFacet = new HashMap<>();
    private final List<Evaluation.Miss> misses = new ArrayList<>();
    private int truePositives;
    private int falsePositives;
    private int polarityRight;
    private int certaintyRight;
    private int onsetRight;

    FindingMatcher(List<Gold.Claim> gold, Map<String, Facet> facets) {
        this.gold = gold;
        this.facets = facets;
    }

    void predict(String doc, Sentence sentence, Finding finding) {
        String subject = Evaluator.local(finding.subject().iri());
        String relation = finding.relation().localName();
        String object = Evaluator.local(finding.object().iri());
        String facet = finding.object().facet().name();
        for (Gold.Claim claim : gold) {
            if (claim.doc().equals(doc) && claim.start() < sentence.end() && sentence.start() < claim.end()
                    && claim.subject().equals(subject) && claim.relation().equals(relation)
                    && claim.object().equals(object) && matched.add(claim)) {
                truePositives++;
                count(relation, facet, new Score(1, 0, 0));
                polarityRight += claim.negated() == finding.negated() ? 1 : 0;
                certaintyRight += claim.hedged() == finding.hedged() ? 1 : 0;
                onsetRight += sameOnset(claim, sentence, finding) ? 1 : 0;
                return;
            }
        }
        falsePositives++;
        count(relation, facet, new Score(0, 1, 0));
        misses.add(new Evaluation.Miss(true, doc, sentence.display(), subject, relation, object));
    }

    private static boolean sameOnset(Gold.Claim claim, Sentence sentence, Finding finding) {
        if (claim.onset().isEmpty() || finding.onset().isEmpty()) {
            return claim.onset().isEmpty() == finding.onset().isEmpty();
        }
        return claim.onset().get().start() == sentence.start() + finding.onset().get().start()
                && claim.onset().get().end() == sentence.start() + finding.onset().get().end();
    }

    private void count(String relation, String facet, Score score) {
        byRelation.merge(relation, score, Score::plus);
        byFacet.merge(facet, score, Score::plus);
    }

    /** The scores, once every sentence has been seen; {@code texts} are the documents' texts by id. */
    Scores finish(Map<String, String> texts) {
        List<Evaluation.Miss> all = new ArrayList<>(misses);
        for (Gold.Claim claim : gold) {
            if (!matched.contains(claim)) {
                Facet facet = facets.get(claim.object());
                count(claim.relation(), facet == null ? "UNKNOWN" : facet.name(), new Score(0, 0, 1));
                String text = texts.getOrDefault(claim.doc(), "");
                String sentence = claim.end() <= text.length() ? text.substring(claim.start(), claim.end()) : "";
                all.add(new Evaluation.Miss(false, claim.doc(), sentence.replaceAll("\\s+", " ").strip(),
                        claim.subject(), claim.relation(), claim.object()));
            }
        }
        return new Scores(new Score(truePositives, falsePositives, gold.size() - matched.size()),
                new TreeMap<>(byRelation), new TreeMap<>(byFacet), share(polarityRight), share(certaintyRight),
                share(onsetRight), List.copyOf(all));
    }

    private double share(int right) {
        return truePositives == 0 ? 1.0 : (double) right / truePositives;
    }

    record Scores(Score score, Map<String, Score> byRelation, Map<String, Score> byFacet, double polarityRight,
            double certaintyRight, double onsetRight, List<Evaluation.Miss> misses) {}
}
