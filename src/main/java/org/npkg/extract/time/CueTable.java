package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cues before a quantity that reshape its bounds ({@code cues.tsv}): "within", "at least", "~". */
final class CueTable {

    static final List<String> COLUMNS = List.of("cue", "low", "high");

    /** A bound rule: take zero, the quantity's low or high bound, leave it open, or block. */
    enum Bound { ZERO, LOW, HIGH, OPEN, BLOCK }

    record Cue(String text, Bound low, Bound high) {
        boolean blocks() {
            return low == Bound.BLOCK;
        }
    }

    /** A cue found in text, ending at {@code end}. */
    record Match(Cue cue, int end) {
    }

    private final PrefixIndex<Cue> cues;

    private CueTable(List<Cue> cues) {
        this.cues = new PrefixIndex<>(cues, Cue::text);
    }

    static CueTable load(TsvTable table) {
        List<Cue> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvRow row : table.rows()) {
            String text = row.uniqueKey(0, seen);
            Bound low = row.constant(1, Bound.class);
            Bound high = row.constant(2, Bound.class);
            if ((low == Bound.BLOCK) != (high == Bound.BLOCK)) {
                throw row.error(low == Bound.BLOCK ? 2 : 1, "BLOCK must be given for both low and high");
            }
            if (low == Bound.OPEN) {
                throw row.error(1, "a lower bound cannot be OPEN; use ZERO, LOW or HIGH");
            }
            if (high == Bound.ZERO) {
                throw row.error(2, "an upper bound cannot be ZERO; use LOW, HIGH or OPEN");
            }
            list.add(new Cue(text, low, high));
        }
        return new CueTable(List.copyOf(list));
    }

    boolean mayStartAt(String t, int pos) {
        return cues.mayStartAt(t, pos);
    }

    /** Every cue that starts at {@code pos}, each with the offset where its quantity may begin. */
    List<Match> at(String t, int pos) {
        List<Cue> candidates = cues.at(t, pos);
        if (candidates.isEmpty()) {
            return List.of(); // most words: no list, no iterator
        }
        List<Match> found = new ArrayList<>();
        boolean wordStart = Chars.wordStartsAt(t, pos);
        for (Cue cue : candidates) {
            String text = cue.text();
            if (Chars.isWordChar(text.charAt(0)) && !wordStart) {
                continue;
            }
            int end = Chars.matchPhrase(t, pos, text, true);
            if (end < 0) {
                continue;
            }
            int next = Chars.skipSpaces(t, end);
            boolean wordCue = Chars.isWordChar(text.charAt(text.length() - 1));
            if (!wordCue || next > end) {
                found.add(new Match(cue, next));
            }
        }
        return found;
    }

    /** Applies a cue's rules to the bounds {@code [low, high]}; {@code high} NaN means open. */
    static double[] apply(Cue cue, double low, double high) {
        return new double[] {pick(cue.low(), low, high), pick(cue.high(), low, high)};
    }

    private static double pick(Bound bound, double low, double high) {
        return switch (bound) {
            case ZERO -> 0;
            case LOW -> low;
            case HIGH -> high;
            case OPEN, BLOCK -> Double.NaN;
        };
    }
}
