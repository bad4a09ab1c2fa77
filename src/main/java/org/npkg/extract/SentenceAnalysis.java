package org.npkg.extract;

import java.util.List;
import org.npkg.extract.time.TimeSpan;
import org.npkg.text.Sentence;

/** What the extractor made of one sentence: every intermediate layer, and the findings. */
public record SentenceAnalysis(Sentence sentence, List<Mention> mentions, List<Trigger> triggers, List<Cue> cues,
        List<TimeSpan> spans, List<Finding> findings) {

    /** The layers the finding rules read, with the questions they ask of cues. */
    record Parts(String text, List<Mention> mentions, List<Trigger> triggers, CueWords.Analysis cues,
            List<TimeSpan> spans, List<Concept> species) {

        boolean covered(Cue.Kind kind, int offset) {
            return cues.cues().stream().anyMatch(cue -> cue.kind() == kind && cue.covers(offset));
        }

        /** A negation that starts between a trigger and its object and reaches the object ("... but not B"). */
        boolean negatedBetween(int from, int to) {
            return cues.cues().stream().anyMatch(cue -> cue.kind() == Cue.Kind.NEGATION
                    && cue.start() >= from && cue.start() < to && cue.covers(to));
        }
    }
}
