package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds time expressions in English text and normalises them to seconds and a {@link Scale}.
 * Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>Semantics (the data tables' headers give the details and the word lists):
 * <ul>
 * <li>number + unit is that duration, min = max: "24 h", "five days", "a month", "1.5 years",
 *     "two-week", "half an hour". Unit forms are in {@code unit-forms.tsv}, number words in
 *     {@code numbers.tsv} ("a few" = "several" = 3).</li>
 * <li>ranges "2–4 weeks", "2-4 weeks", "2 to 4 weeks", "2 and 4 hours", "24 h to 3 days" are
 *     [low, high]; the separator may be a hyphen, en or em dash, minus, to, and, or, through.</li>
 * <li>bare plural units: "hours" = [1 hour, 1 day), i.e. [unit, bare_max_seconds of
 *     {@code units.tsv}); unit ranges "minutes to hours" = [60, 86400]; the scale is the upper
 *     unit's own (HOURS here), as the upper bound is exclusive.</li>
 * <li>cues before a quantity ({@code cues.tsv}): "within X", "up to X", "less than X" = [0,
 *     high]; "at least X", "more than X", "&gt;X" = [low, open); "after X", "at X", "by X",
 *     "~X", "about X", "over X" leave X unchanged. Cues such as "times", "per", "every",
 *     "Fig." block the quantity after them (frequencies, figure panels).</li>
 * <li>qualitative words ({@code qualitative.tsv}): "acute", "rapid" = [0, 1 day] HOURS;
 *     "chronic" = [2 weeks, open) WEEKS; "delayed", "gradual" = [1 week, open) WEEKS.</li>
 * <li>scale: of the upper bound, or of the lower bound when open-ended.</li>
 * <li>bounds are capped at {@link #DEFAULT_MAX_SECONDS} (1000 years) unless the builder says
 *     otherwise, so "10^400 weeks" yields a capped span rather than an error.</li>
 * </ul>
 * Numbers are read only at word starts ("CA1", "M1", "5-HT2A" hold no time) and abbreviations
 * such as "h" only right after digits ("5-HT", "1 Hz" are not spans).
 */
public final class TimeSpanParser {

    /** Default cap on both bounds: 1000 Julian years. */
    public static final double DEFAULT_MAX_SECONDS = 1000 * 31_557_600.0;

    private static final int MAX_CUES = 3;

    private final QuantityScanner quantities;
    private final CueTable cues;
    private final QualitativeTable qualitative;
    private final double maxSeconds;
    /**
     * For each {@link Triple}, whether some table may start there: the walk over a sentence asks
     * at every word and space, and one bit answers for all the tables at once.
     */
    private final long[] starts;
    private final SpanCores cores;

    TimeSpanParser(QuantityScanner quantities, CueTable cues, QualitativeTable qualitative, SpanCores cores,
            double maxSeconds) {
        this.quantities = quantities;
        this.cues = cues;
        this.qualitative = qualitative;
        this.cores = cores;
        this.maxSeconds = maxSeconds;
        this.starts = Triple.bits(text -> anyTableMayStartAt(text, 0));
    }

    public static TimeSpanParserBuilder builder() {
        return new TimeSpanParserBuilder();
    }

    /** Non-overlapping time spans in {@code text}, left to right; the longest match at a position wins. */
    public List<TimeSpan> find(String text) {
        List<TimeSpan> found = new ArrayList<>();
        int last = cores.last(text); // no span starts after the last digit, unit word or qualitative word
        int i = 0;
        while (i <= last) {
            if (!mayStartAt(text, i)) {
                i = nextStart(text, i); // most words start no number, unit, cue or time word: no lookups
                continue;
            }
            Optional<Candidate> candidate = startsAt(text, i) ? longestAt(text, i, 0) : Optional.empty();
            Optional<TimeSpan> word = candidate.isEmpty() ? qualitative.at(text, i) : Optional.empty();
            if (candidate.isPresent()) {
                candidate.filter(c -> !c.blocked()).ifPresent(c -> found.add(toSpan(text, c)));
                i = candidate.get().end();
            } else if (word.isPresent()) {
                found.add(word.get());
                i = word.get().end();
            } else {
                i = nextStart(text, i);
            }
        }
        return List.copyOf(found);
    }

    private boolean mayStartAt(String t, int pos) {
        int triple = Triple.at(t, pos);
        return triple >= 0 ? Triple.has(starts, triple) : anyTableMayStartAt(t, pos);
    }

    private boolean anyTableMayStartAt(String t, int pos) {
        return quantities.mayStartAt(t, pos) || cues.mayStartAt(t, pos) || qualitative.mayStartAt(t, pos);
    }

    /**
     * The next position after {@code i} where a span may start. Nothing starts inside a word
     * (quantities, cues and qualitative words all start at a word's first character or at a
     * symbol), so a word where nothing started is passed over whole.
     */
    private static int nextStart(String t, int i) {
        int next = i + 1;
        if (Chars.isWordChar(t.charAt(i))) {
            while (next < t.length() && Chars.isWordChar(t.charAt(next))) {
                next++;
            }
        }
        return next;
    }

    /**
     * Spans start at a word or at a symbol such as "~" or "&gt;", but not inside a hyphenated
     * token: "s40001-025-03542-y" (a DOI) holds no "025–03542 y".
     */
    private static boolean startsAt(String t, int i) {
        char c = t.charAt(i);
        if (Chars.isSpace(c)) {
            return false;
        }
        if (!Chars.isWordChar(c)) {
            return true;
        }
        boolean hyphenated = i >= 2 && Chars.isDash(t.charAt(i - 1)) && Chars.isWordChar(t.charAt(i - 2));
        return Chars.wordStartsAt(t, i) && !hyphenated;
    }

    /** A quantity with its bounds after cues; {@code high} NaN means open-ended. */
    private record Candidate(int start, int end, double low, double high, Scale scaleOfHigh, boolean highFromQuantity,
            boolean blocked) {
    }

    private Optional<Candidate> longestAt(String t, int pos, int depth) {
        Candidate best = quantities.at(t, pos)
                .map(q -> new Candidate(q.start(), q.end(), q.low(), q.high(), q.scaleOfHigh(), true, false))
                .orElse(null);
        if (depth < MAX_CUES) {
            List<CueTable.Match> found = cues.at(t, pos);
            for (int k = 0; k < found.size(); k++) { // indexed: no iterator at every word
                CueTable.Match cue = found.get(k);
                Optional<Candidate> inner = longestAt(t, cue.end(), depth + 1);
                if (inner.isPresent() && (best == null || inner.get().end() > best.end())) {
                    best = withCue(pos, cue.cue(), inner.get());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Candidate withCue(int pos, CueTable.Cue cue, Candidate inner) {
        double[] bounds = CueTable.apply(cue, inner.low(), inner.high());
        boolean sameHigh = cue.high() == CueTable.Bound.HIGH && inner.highFromQuantity();
        return new Candidate(pos, inner.end(), bounds[0], bounds[1], inner.scaleOfHigh(), sameHigh,
                inner.blocked() || cue.blocks());
    }

    private TimeSpan toSpan(String t, Candidate c) {
        double low = Math.min(c.low(), maxSeconds);
        boolean open = Double.isNaN(c.high());
        double high = open ? Double.NaN : Math.min(c.high(), maxSeconds);
        Scale scale;
        if (open) {
            scale = Scale.of(low);
        } else if (c.highFromQuantity() && high == c.high()) {
            scale = c.scaleOfHigh();
        } else {
            scale = Scale.of(high);
        }
        return new TimeSpan(c.start(), c.end(), t.substring(c.start(), c.end()), low,
                open ? OptionalDouble.empty() : OptionalDouble.of(high), scale, false);
    }
}
