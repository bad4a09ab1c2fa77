package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Readings of a trigger as a dependence of an agent: "SSRIs act via serotonergic projections" and
 * "5-HT2AR activation is necessary for the effects of psychedelics" both say what an agent requires,
 * although the agent is not where a verb's subject would be.
 */
final class DependenceReading {

    /** Who requires what, and the trigger that says so. */
    record Claim(List<Concept> subjects, Trigger trigger, List<Mention> objects) {}

    /** "is conceptualised through", "detectable via": the means of a passive verb, whose subject is no agent. */
    private static final Tail PASSIVE_BEFORE = Tail.of(
            "(?i)\\b(is|are|was|were|be|been|being)\\s+(\\w+ly\\s+)*\\w+(ed|en|able|ible)\\s+$", "ed", "en", "able", "ible");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\s+(which|whom|what)\\b");
    /** "… through BDNF signalling is a common mechanism of antidepressants": the agents whose mechanism it is. */
    private static final Pattern MECHANISM_OF = Pattern.compile("(?i)^[^;:]*?\\b(is|are|was|were|represents?|constitutes?)"
            + "\\s+(a|an|the|one)\\s+([\\w\\-]+\\s+){0,3}(mechanisms?|pathways?|routes?)\\s+(of|for|underlying|behind)\\s");

    private static final Pattern EXAMPLES = Pattern.compile("(?i)[\\w\\s\\-]*,?\\s*(including|such as|e\\.g\\.,?|for example,?|like)\\s+(the\\s+)?");

    private final String text;
    private final Roles roles;
    private final Agents agents;

    DependenceReading(String text, Roles roles, Agents agents) {
        this.text = text;
        this.roles = roles;
        this.agents = agents;
    }

    /** The dependence the trigger states, if it is read as one. */
    Optional<Claim> read(Trigger trigger, int clauseStart, int clauseEnd, int level) {
        if (trigger.voice() == Trigger.Voice.MEANS) {
            return means(trigger, clauseStart, clauseEnd, level);
        }
        return neededFor(trigger, clauseStart, level).or(() -> lossOfFunction(trigger, clauseStart, clauseEnd, level));
    }

    /**
     * "Blocking TrkB abolished the spinogenesis induced by psychedelics", "mTOR inhibition prevented
     * the effects of ketamine", "ketamine's effects were attenuated by an mTOR inhibitor": when
     * suppressing a mechanism stops what an agent does, the agent requires the mechanism.
     */
    private Optional<Claim> lossOfFunction(Trigger trigger, int clauseStart, int clauseEnd, int level) {
        boolean stops = trigger.relation() == Relation.INHIBITS || trigger.relation() == Relation.DECREASES;
        if (!stops || trigger.isNoun()) {
            return Optional.empty();
        }
        boolean passive = TriggerReading.BY.matcher(text.substring(trigger.end())).lookingAt();
        Group mechanism = passive ? roles.groups().stream()
                .filter(g -> g.start() >= trigger.end() && g.end() <= clauseEnd && g.role() == Group.Role.MECHANISM)
                .findFirst().orElse(null)
                : roles.nearestBefore(trigger.start(), clauseStart, true, level);
        if (mechanism == null || mechanism.role() != Group.Role.MECHANISM || agents.suppressedAt(mechanism).isEmpty()) {
            return Optional.empty();
        }
        Optional<Group> agent = passive ? Optional.ofNullable(agents.actingAgentBefore(trigger.start(), clauseStart, level))
                : roles.groups().stream().filter(g -> g.role() == Group.Role.AGENT && g.start() >= trigger.end()
                        && g.end() <= clauseEnd && roles.parenthesis(g.start()) == level).findFirst();
        Trigger requires = new Trigger(trigger.start(), trigger.end(), Relation.REQUIRES, Trigger.Voice.KEEP, trigger.phrase());
        return agent.map(a -> new Claim(Roles.concepts(a), requires, mechanism.members()));
    }

    /**
     * "SSRIs act via serotonergic projections", "exerts its effects through transcriptional changes":
     * the clause's agent requires the mechanism after the trigger. Nothing when no agent is named, when
     * the trigger opens a relative clause ("via which"), or when a noun trigger states what is done to
     * the mechanism ("through NMDAR antagonism" is read by that noun).
     */
    private Optional<Claim> means(Trigger trigger, int clauseStart, int clauseEnd, int level) {
        Group object = roles.firstAfter(trigger.end(), clauseEnd, false, level);
        Group agent = agents.actingAgentBefore(trigger.start(), clauseStart, level);
        List<Concept> subjects = agent != null ? Roles.concepts(agent) : object == null ? List.of() : mechanismOf(object.end());
        if (object == null || subjects.isEmpty() || object.role() == Group.Role.ANATOMY
                || RELATIVE.matcher(text.substring(trigger.end())).lookingAt() || roles.modifiedByNoun(object)
                || PASSIVE_BEFORE.in(text, trigger.start())) {
            return Optional.empty();
        }
        return Optional.of(new Claim(subjects, trigger, object.members()));
    }

    /** "mTOR signalling is a unifying mechanism for antidepressant treatments such as ECT": the agents named after it. */
    private List<Concept> mechanismOf(int from) {
        var mechanism = MECHANISM_OF.matcher(text.substring(from));
        if (!mechanism.find()) {
            return List.of();
        }
        List<Mention> named = roles.groups().stream()
                .filter(g -> g.role() == Group.Role.AGENT && g.start() >= from + mechanism.end())
                .flatMap(g -> g.members().stream()).toList();
        List<Concept> subjects = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            // "for antidepressant treatments, including ECT": the examples are what is named, not the class
            if (i + 1 < named.size() && EXAMPLES.matcher(text.substring(named.get(i).end(), named.get(i + 1).start())).matches()) {
                continue;
            }
            if (!subjects.contains(named.get(i).concept())) {
                subjects.add(named.get(i).concept());
            }
        }
        return subjects;
    }

    /**
     * "5-HT2AR activation is necessary for the neuroplastic effects of psychedelics": what is needed
     * for an agent's effects is what that agent requires.
     */
    private Optional<Claim> neededFor(Trigger trigger, int clauseStart, int level) {
        if (trigger.relation() != Relation.INDUCES || !trigger.phrase().endsWith(" for")) {
            return Optional.empty();
        }
        Group agent = agents.effectsOf(trigger.end());
        Group needed = roles.nearestBefore(trigger.start(), clauseStart, true, level);
        if (agent == null || needed == null || needed.role() != Group.Role.MECHANISM) {
            return Optional.empty();
        }
        Trigger requires = new Trigger(trigger.start(), trigger.end(), Relation.REQUIRES, Trigger.Voice.KEEP, trigger.phrase());
        return Optional.of(new Claim(Roles.concepts(agent), requires, needed.members()));
    }

    /**
     * "This remodelling is mediated by mTORC1 and BDNF": an outcome cannot be a subject, so when a
     * dependence is stated of an outcome and neither the sentence nor its section names an agent,
     * what it depends on is what brings it about. Returns the Induces trigger to use, or null.
     */
    Trigger enabling(Trigger trigger, Group subject, Group object, int clauseStart, List<Concept> topic) {
        if (trigger.relation() != Relation.REQUIRES || subject != null || object.role() == Group.Role.OUTCOME
                || !topic.isEmpty() || !roles.namesNoAgent()) {
            return null;
        }
        Group outcome = roles.nearestBefore(trigger.start(), clauseStart, false, roles.parenthesis(trigger.start()));
        if (outcome == null || outcome.role() != Group.Role.OUTCOME) {
            return null;
        }
        return new Trigger(trigger.start(), trigger.end(), Relation.INDUCES, Trigger.Voice.KEEP, trigger.phrase());
    }
}
