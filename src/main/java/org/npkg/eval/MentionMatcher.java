package org.npkg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mentions, scored inside the gold's finding sentences (the gold marks mentions only there): a
 * mention is right when a gold mention of the same concept overlaps it.
 */
final class MentionMatcher {

    private final List<Gold.Span> gold;
    private final List<Gold.Claim> scope;
    private final Set<Gold.Span> matched = new HashSet<>();
    private int truePositives;
    private int falsePositives;

    MentionMatcher(List<Gold.Span> gold, List<Gold.Claim> findings) {
        this.gold = gold;
        this.scope = findings;
    }

    void predict(String doc, int start, int end, String concept) {
        if (scope.stream().noneMatch(c -> c.doc().equals(doc) && c.start() <= start && end <= c.end())) {
            return;
        }
        for (Gold.Span mention : gold) {
            if (mention.doc().equals(doc) && mention.concept().equals(concept) && mention.start() < end
                    && start < mention.end() && matched.add(mention)) {
                truePositives++;
                return;
            }
        }
        falsePositives++;
    }

    Score score() {
        return new Score(truePositives, falsePositives, gold.size() - matched.size());
    }
}
