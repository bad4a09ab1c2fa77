package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a trigger that only introduces another into one relation: "is associated with the
 * upregulation of" states an association and "relies on the activation of" a dependence, while
 * "leads to the loss of" and "results in an increase in" state the direction of the second word,
 * and "downregulates genes involved in" the direction of the first.
 */
final class TriggerSequence {

    private static final Pattern GAP = Pattern.compile("[\\s\\w\\-]{0,30}");

    private TriggerSequence() {}

    static List<Trigger> combine(String text, List<Trigger> triggers, List<Mention> mentions) {
        List<Trigger> combined = new ArrayList<>();
        for (Trigger trigger : triggers) {
            Trigger previous = combined.isEmpty() ? null : combined.get(combined.size() - 1);
            if (previous != null && directed(previous) && involvement(trigger)
                    && joined(text, previous, trigger, mentions) && !text.substring(previous.end(), trigger.start()).isBlank()) {
                combined.set(combined.size() - 1, new Trigger(previous.start(), trigger.end(), previous.relation(),
                        previous.voice(), text.substring(previous.start(), trigger.end())));
            } else if (previous != null && introduces(previous) && joined(text, previous, trigger, mentions)) {
                Relation relation = previous.relation() == Relation.INDUCES ? trigger.relation() : previous.relation();
                combined.set(combined.size() - 1, new Trigger(previous.start(), trigger.end(), relation,
                        Trigger.Voice.KEEP, text.substring(previous.start(), trigger.end())));
            } else {
                combined.add(trigger);
            }
        }
        return combined;
    }

    /**
     * "downregulates pathways involved in mitochondrial function": a directed verb whose object is a
     * generic noun tied to a concept ("involved in", "related to") acts on that concept.
     */
    private static boolean directed(Trigger trigger) {
        return DIRECTED.contains(trigger.relation()) && trigger.voice() != Trigger.Voice.MEANS;
    }

    private static boolean involvement(Trigger trigger) {
        return trigger.relation() == Relation.ASSOCIATED_WITH && trigger.phrase().contains(" ");
    }

    private static final java.util.Set<Relation> DIRECTED = java.util.Set.of(Relation.INCREASES, Relation.DECREASES,
            Relation.ACTIVATES, Relation.INHIBITS);

    private static boolean introduces(Trigger trigger) {
        return trigger.voice() != Trigger.Voice.MEANS && (trigger.relation() == Relation.INDUCES || trigger.relation() == Relation.ASSOCIATED_WITH
                || trigger.relation() == Relation.REQUIRES);
    }

    /** Whether nothing but a few plain words lie between; "the effects of X" after a trigger starts a phrase of its own. */
    private static boolean joined(String text, Trigger first, Trigger second, List<Mention> mentions) {
        if (second.voice() == Trigger.Voice.OF || second.start() < first.end() || !GAP.matcher(text.substring(first.end(), second.start())).matches()) {
            return false;
        }
        return mentions.stream().noneMatch(m -> m.start() >= first.end() && m.end() <= second.start());
    }
}
