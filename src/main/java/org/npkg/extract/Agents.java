package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the agent of a phrase is when it is not simply the nearest group before the trigger: the
 * clause's own agent, the agent cells were exposed to, the agent whose effects are meant, the agent
 * opening the sentence or leading in before a colon, or the blocker of a blocked mechanism.
 */
final class Agents {

    private static final Pattern EFFECTS_OF = Pattern.compile(
            "(?i)\\s*(the\\s+)?([\\w\\-]+\\s+){0,3}?((effects?|actions?|efficacy)\\s+of|responses?\\s+to)\\s+(the\\s+)?");
    private static final Pattern OPENING = Pattern.compile("(?i)[\\s*_]*(the\\s+)?");
    private static final Pattern EXPOSED = Pattern.compile(
            "(?i)\\b(exposed to|treated with|given|receiving|administered|injected with)\\s+([\\w\\-]+\\s+){0,4}(of\\s+)?$");
    /** "plasticity, facilitated by psychedelics, may lead to…": the agent of a participle does not act in the main clause. */
    private static final Pattern PASSIVE_AGENT = Pattern.compile("(?i)\\b\\w+(ed|en|ght)\\s+(on\\s+|about\\s+)?by\\s+$");
    /** "deficiencies in upstream regulators such as AKT2", "loss of BDNF": a missing mechanism does not act. */
    private static final Pattern LOST = Pattern.compile(
            "(?i)\\b(deficienc(y|ies)|deficits?|deletion|knock-?out|knock-?down|lack|absence|loss)\\s+(of|in)\\s+([^\\s,;]+\\s+){0,5}$");
    /** "the mTOR inhibitor rapamycin", "a TrkB antagonist": a blocker of the mechanism. */
    private static final Pattern BLOCKER = Pattern.compile("(?i)[\\s\\-]*(signal(l)?ing\\s+)?(inhibitors?|antagonists?|blockers?)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(which|that|who)\\b");
    /** "…; rather, they set the stage for rewiring": a pronoun subject right before the verb. */
    private static final Tail PRONOUN = Tail.of("(?i)\\b(they|it)\\s+((\\w+ly|also|then|both|all|can|may|might|could|would|will|do|does)\\s+)*$",
            "they", "it", "ly", "also", "then", "both", "all", "can", "may", "might", "could", "would", "will", "do", "does");
    private static final Pattern OF_THE = Pattern.compile("(?i)\\s*(of\\s+)?(the\\s+)?");

    private final String text;
    private final List<Group> groups;
    private final List<Trigger> triggers;
    private final Roles roles;

    Agents(String text, List<Group> groups, List<Trigger> triggers, Roles roles) {
        this.text = text;
        this.groups = groups;
        this.triggers = triggers;
        this.roles = roles;
    }

    /**
     * The agent a clause is about, nearest before {@code offset} at the same level of parentheses,
     * skipping agents that only complete a preposition ("described for ketamine", "longer than rTMS").
     */
    Group actingAgentBefore(int offset, int clauseStart, int level) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            if (group.end() <= offset && group.start() >= clauseStart && group.role() == Group.Role.AGENT
                    && roles.parenthesis(group.start()) == level && !roles.complement(group)) {
                return group;
            }
        }
        return null;
    }

    /**
     * "necessary for the neuroplastic effects of psilocybin", "for the response to fluoxetine": the
     * agent whose effects follow {@code offset}, or null.
     */
    Group effectsOf(int offset) {
        Matcher effects = EFFECTS_OF.matcher(text.substring(offset));
        if (!effects.lookingAt()) {
            return null;
        }
        int agentStart = offset + effects.end();
        return groups.stream().filter(g -> g.role() == Group.Role.AGENT && g.start() == agentStart).findFirst().orElse(null);
    }

    /** "rTMS is focal, inducing subtle plasticity": an agent that opens the sentence is its subject. */
    Optional<Group> sentenceSubject() {
        return groups.stream().findFirst()
                .filter(g -> g.role() == Group.Role.AGENT && OPENING.matcher(text.substring(0, g.start())).matches());
    }

    /** "neurons exposed to DMT or LSD show…", "rats treated with ketamine displayed…": the agent given. */
    Group exposedAgent(int offset, int clauseStart) {
        for (Group group : groups) {
            if (group.role() == Group.Role.AGENT && group.start() >= clauseStart && group.end() <= offset
                    && EXPOSED.matcher(text.substring(Math.max(0, group.start() - 60), group.start())).find()) {
                return group;
            }
        }
        return null;
    }

    /**
     * "plasticity, facilitated by psychedelics, may lead to…", "the rise brought on by ketamine
     * activates…": the agent of a participle is not the subject of the finite verb after it, unless a
     * relative pronoun takes it up ("reversed by ketamine, which led to…").
     */
    Group unlessParticipleAgent(Group subject, Trigger trigger) {
        if (subject == null || trigger.phrase().endsWith("ing") || Tail.matchesEnding(trigger.phrase(), "tion", "sion", "ment", "ence", "ance")
                || !Tail.endsWithAny(text, subject.start(), "by")
                || RELATIVE.matcher(text.substring(subject.end(), trigger.start())).find()) {
            return subject;
        }
        Matcher participle = PASSIVE_AGENT.matcher(text).region(0, subject.start());
        if (!participle.find()) {
            return subject;
        }
        return nounBefore(participle.start());
    }

    /** "The rise in glutamate brought on by ketamine activates…": the noun the participle follows is the subject. */
    private Group nounBefore(int participleStart) {
        Group before = null;
        for (Group group : groups) {
            if (group.end() <= participleStart && text.substring(group.end(), participleStart).isBlank()) {
                before = group;
            }
        }
        return before != null && before.role() == Group.Role.MECHANISM ? before : null;
    }

    /**
     * "blocking TrkB abolishes…", "ketamine's blockade of NMDARs disinhibits…", "NMDAR antagonism, which
     * triggers…", "deficiencies in AKT2 impair…": a mechanism that is itself blocked, reduced or missing
     * does not act; the agent that blocks it does, if the clause names one. Returns the group to use
     * as subject, null for none.
     */
    Group actorBehind(Group subject, int clauseStart, int level) {
        if (subject == null || subject.role() != Group.Role.MECHANISM) {
            return subject;
        }
        OptionalInt suppressed = suppressedAt(subject);
        return suppressed.isPresent() ? actingAgentBefore(suppressed.getAsInt(), clauseStart, level) : subject;
    }

    /**
     * Where the words saying that a mechanism is blocked, reduced or missing begin ("blocking TrkB",
     * "NMDAR antagonism", "loss of BDNF"); empty when it is not.
     */
    OptionalInt suppressedAt(Group mechanism) {
        if (LOST.matcher(text.substring(Math.max(0, mechanism.start() - 80), mechanism.start())).find()
                || BLOCKER.matcher(text.substring(mechanism.end())).lookingAt()) {
            return OptionalInt.of(mechanism.start());
        }
        for (Trigger t : triggers) {
            boolean suppressing = t.relation() == Relation.INHIBITS || t.relation() == Relation.DECREASES;
            boolean before = t.end() <= mechanism.start() && OF_THE.matcher(text.substring(t.end(), mechanism.start())).matches();
            boolean after = t.start() >= mechanism.end() && roles.modifiedBy(t) == mechanism;
            if (suppressing && (before || after)) {
                return OptionalInt.of(Math.min(t.start(), mechanism.start()));
            }
        }
        return OptionalInt.empty();
    }

    /** "rTMS vs. ECT: Both elevate plasticity": a lead-in before a colon names the subject of what follows. */
    List<Concept> leadIn(int leadStart, int clauseStart) {
        List<Concept> agents = new ArrayList<>();
        for (Group group : groups) {
            if (group.role() == Group.Role.AGENT && group.start() >= leadStart && group.end() <= clauseStart
                    && roles.unlessModifier(group) != null) {
                Roles.concepts(group).stream().filter(c -> !agents.contains(c)).forEach(agents::add);
            }
        }
        return agents;
    }

    /**
     * "SSRIs act slowly; they set the stage for rewiring": a pronoun subject stands for the first
     * subject the sentence names when that is an agent; nothing when it is a mechanism or outcome.
     */
    List<Concept> pronounAgent(Trigger trigger, int level) {
        if (!PRONOUN.in(text, trigger.start())) {
            return List.of();
        }
        Group first = groups.stream().filter(g -> g.end() <= trigger.start() && g.role().canBeSubject()
                && roles.parenthesis(g.start()) == level && !roles.complement(g)).findFirst().orElse(null);
        return first != null && first.role() == Group.Role.AGENT ? Roles.concepts(first) : List.of();
    }
}
