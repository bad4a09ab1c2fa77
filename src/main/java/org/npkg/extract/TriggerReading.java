package org.npkg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a trigger is read in its place: an adjective, a modifier or a gerund subject states no
 * claim of its own; "induces X changes" claims modulation. Triggers a reading consumes are kept so
 * they are not read again.
 */
final class TriggerReading {

    /** The "by" of a passive right after its trigger, which names the agent: "induced (directly) by". */
    static final Pattern BY = Pattern.compile("(?i)^\\s*(directly\\s+|primarily\\s+|partly\\s+|in part\\s+)?by\\b");
    static final Pattern PARTICIPLE = Pattern.compile("^\\w+ing\\b");
    /**
     * A form of "be" before a trigger, perhaps with an adverb: a passive ("ERK is (rapidly)
     * phosphorylated in the NAc"), whose subject is acted on when no agent is named.
     */
    static final Tail AUXILIARY_BEFORE = Tail.of("(?i)\\b(is|are|was|were|be|been|being)\\s+(\\w+ly\\s+)?$", 2,
            "is", "are", "was", "were", "be", "been", "being");
    private static final Tail HYPHENATED = Tail.of("\\w[\\-\u2010\u2011]$", "-", "\u2010", "\u2011");
    private static final Tail ADJECTIVE_POSITION = Tail.of(
            "(?i)\\b(in|of|the|a|an|on|at|from|for|to|this|these|that|those|its|their)\\s+$",
            "in", "of", "the", "a", "an", "on", "at", "from", "for", "to", "this", "these", "that", "those", "its", "their");

    /**
     * "needed to induce", but not "found to depend" or "shown to increase", which report a claim.
     * A match starts with white space, which the look-ahead tests first: the search tries every
     * offset of the text before a trigger, and the look-behind's fifteen words cost much more.
     */
    private static final Tail INFINITIVE_BEFORE = Tail.of(
            "(?i)(?=\\s)(?<!found|shown|thought|known|reported|believed|said|seem|seems|appear|appears|likely|proposed|suggested)"
            + "\\s+to\\s+(\\w+ly\\s+)?$", 2, "to");
    private static final Pattern OF = Pattern.compile("(?i)\\s+of\\b");
    private static final Pattern NEXT_NOUN = Pattern.compile("(?i)\\s+(?!(of|in|and|or|by|to|with|the|a|an)\\b)[a-z]+");

    private final String text;
    private final List<Trigger> triggers;
    private final Set<Trigger> consumed = new java.util.HashSet<>();

    TriggerReading(String text, List<Trigger> triggers) {
        this.text = text;
        this.triggers = triggers;
    }

    /**
     * Whether the trigger states no claim where it stands, or was consumed by another reading. Few
     * triggers are consumed: an empty set is not asked, which would hash the trigger's record.
     */
    boolean silent(Trigger trigger) {
        return !consumed.isEmpty() && consumed.contains(trigger) || adjectival(trigger) || dependenceModifier(trigger);
    }

    /**
     * "induces intrinsic connectivity changes", "induces gray matter growth": what is caused is a
     * change of the object, so the claim is the change the noun names (modulates, increases,
     * decreases); the noun is consumed.
     */
    Trigger changesOf(Trigger trigger, Group object) {
        if (trigger.relation() == Relation.INCREASES && RESTORING.matcher(trigger.phrase()).lookingAt()
                && LOSS.matcher(text.substring(object.start(), object.end())).find()) {
            return new Trigger(trigger.start(), trigger.end(), Relation.DECREASES, trigger.voice(), trigger.phrase());
        }
        if (trigger.relation() != Relation.INDUCES) {
            return trigger;
        }
        for (Trigger next : triggers) {
            if (next.start() >= object.end() && CHANGE.contains(next.relation())
                    && CHANGE_NOUN.matcher(text.substring(next.start(), next.end())).matches()
                    && text.substring(object.end(), next.start()).isBlank()) {
                consumed.add(next);
                return new Trigger(trigger.start(), trigger.end(), next.relation(), trigger.voice(), trigger.phrase());
            }
        }
        return trigger;
    }

    /** "restores the loss of spines", "reversed the atrophy": what restoring acts on when it names a loss is reduced. */
    private static final Pattern RESTORING = Pattern.compile("(?i)(restor|rescu|revers)");
    private static final Pattern LOSS = Pattern.compile("(?i)\\b(loss|atrophy|deficits?|deficienc|impairment|decline|shrinkage|retraction)");
    private static final Set<Relation> CHANGE = Set.of(Relation.MODULATES, Relation.INCREASES, Relation.DECREASES);
    /** Nouns that name a change of what precedes them: "changes", "growth", "increases", "loss". */
    private static final Pattern CHANGE_NOUN = Pattern.compile(
            "(?i)(change|alteration|shift|modulation|growth|increase|decrease|reduction|gain|loss|decline|rise)s?|losses");

    /** "mGluR1-dependent LTD", "seizure-mediated effects": a modifier, not a claim of its own. */
    private boolean dependenceModifier(Trigger trigger) {
        if (trigger.relation() != Relation.REQUIRES && trigger.relation() != Relation.ASSOCIATED_WITH) {
            return false;
        }
        return HYPHENATED.in(text, trigger.start());
    }

    /** "in targeted cortex", "of stimulated neurons": a participle after a preposition is an adjective. */
    private boolean adjectival(Trigger trigger) {
        return trigger.phrase().endsWith("ed") && ADJECTIVE_POSITION.in(text, trigger.start());
    }

    /**
     * "after the blockage of 5-HT2AR", "the activation of TrkB": a noun with "of" names an event, not
     * an act of the section's topic, which may be what is studied but is not said to do it; nor does
     * a hyphenated participle before a noun ("plasticity-inducing therapies").
     */
    boolean nominal(Trigger trigger) {
        return trigger.isNoun() && OF.matcher(text).region(trigger.end(), text.length()).lookingAt() || hyphenatedAdjective(trigger);
    }

    /**
     * "is associated with larger volume and a loss of resilience": a noun trigger listed after an
     * association continues it ("normalization of", "a loss of", "increases in").
     */
    boolean noun(Trigger trigger) {
        String written = text.substring(trigger.start(), trigger.end());
        return trigger.isNoun() || !trigger.phrase().contains(" ") && CHANGE_NOUN.matcher(written).matches();
    }

    /** "the time needed to induce gene transcription": an infinitive states no act of the section's topic. */
    boolean infinitive(Trigger trigger) {
        return INFINITIVE_BEFORE.in(text, trigger.start());
    }

    /** "plasticity-inducing therapies": a hyphenated participle before a noun describes it. */
    private boolean hyphenatedAdjective(Trigger trigger) {
        return trigger.phrase().endsWith("ing") && HYPHENATED.in(text, trigger.start())
                && NEXT_NOUN.matcher(text.substring(trigger.end())).lookingAt();
    }

    /** "Stimulating a node propagates changes": a sentence-initial gerund is itself the subject, not an act of the topic. */
    boolean gerundSubject(Trigger trigger) {
        return PARTICIPLE.matcher(trigger.phrase()).find() && text.substring(0, trigger.start()).isBlank();
    }
}
