package org.npkg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.npkg.extract.time.TimeSpan;

/**
 * Time expressions: found when a parsed span overlaps a gold one; exactly right when its
 * minimum, maximum (or open end) and scale equal the gold's.
 */
final class TimeMatcher {

    private final List<Gold.Time> gold;
    private final Set<Gold.Time> matched = new HashSet<>();
    private int truePositives;
    private int falsePositives;
    private int exact;

    TimeMatcher(List<Gold.Time> gold) {
        this.gold = gold;
    }

    void predict(String doc, int start, int end, TimeSpan span) {
        for (Gold.Time time : gold) {
            if (time.doc().equals(doc) && time.start() < end && start < time.end() && matched.add(time)) {
                truePositives++;
                if (same(time, span)) {
                    exact++;
                }
                return;
            }
        }
        falsePositives++;
    }

    private static boolean same(Gold.Time time, TimeSpan span) {
        boolean max = time.max() == null ? span.maxSeconds().isEmpty()
                : span.maxSeconds().isPresent() && close(time.max(), span.maxSeconds().getAsDouble());
        return close(time.min(), span.minSeconds()) && max
                && time.scale().toUpperCase(Locale.ROOT).equals(span.scale().name());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
    }

    Score score() {
        return new Score(truePositives, falsePositives, gold.size() - matched.size());
    }

    double exactShare() {
        return truePositives == 0 ? 1.0 : (double) exact / truePositives;
    }
}
