package org.npkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npkg.extract.time.TimeSpan;

/**
 * Reads the findings of one sentence from its mentions, triggers, cues and time spans. For each
 * trigger the subject is the nearest agent or mechanism before it in its clause (after "by" for a
 * passive; failing that, the first one after the object, as in "no increase in spine density after
 * ketamine"), the object the first mechanism or outcome after it (a region or network when nothing
 * else follows); regions in the clause locate the finding. A verb coordinated with the previous one
 * ("increases BDNF and activates mTORC1") shares its subject; a sentence that names no subject takes
 * the section's topic, marked as inferred. Pathway compounds yield mechanism→mechanism findings.
 */
final class FindingRules {

    private static final Pattern SHARED_SUBJECT = Pattern.compile("(?i)[\\s,)\\]]*(and|or|but|thereby|then)?\\s*(\\w+ly\\s*)?");
    private static final Pattern LIST = Pattern.compile("(?i)[\\s,)]*(etc\\.\\)?[\\s,]*)?(and|or|as well as)?\\s*");
    private static final Pattern CONTRAST = Pattern.compile(
            "(?i)\\s*,?\\s*(but not|and not|rather than|instead of|not)\\s*(\\w+\\s+){0,2}");
    private static final Pattern PARTICIPLE = Pattern.compile("^\\w+ing\\b");
    private static final Pattern AFTER_COMMA = Pattern.compile(",\\s*((thereby|thus|so|then|\\w+ly)\\s+)*$");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\b(and|or)\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("[\\s\\-\u2010-\u2015]*([A-Za-z]+)");
    private static final Pattern FUNCTION_WORD = Pattern.compile(
            "(?i)and|or|nor|in|of|with|to|via|through|during|after|following|by|at|on|from|that|which|while|whereas"
            + "|but|as|than|for|into|across|within|over|under|between|among|is|are|was|were");
    private static final Pattern GAP = Pattern.compile("[\\s\\-\u2010-\u2015]*");
    private static final Pattern HYPHEN = Pattern.compile("[\\-\u2010-\u2015]");
    private static final Pattern HYPHENATED = Pattern.compile("\\w[\\-\u2010\u2011]$");
    private static final Pattern ADJECTIVE_POSITION = Pattern.compile("(?i)\\b(in|of|the|a|an|on|at|from|for|to)\\s+$");
    private static final Pattern NOUN = Pattern.compile("(tion|sion|ism|ment|ade|age|ance|ence)$");
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(directly\\s+|primarily\\s+|partly\\s+|in part\\s+)?by\\b");

    private final SentenceAnalysis.Parts parts;
    private final List<Group> groups;
    private final List<Trigger> triggers;
    private final List<Concept> topic;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final java.util.Set<Trigger> consumed = new java.util.HashSet<>();

    FindingRules(SentenceAnalysis.Parts parts, List<Concept> topic) {
        this.parts = parts;
        this.groups = Group.of(parts.text(), parts.mentions());
        this.triggers = TriggerSequence.combine(parts.text(), parts.triggers(), parts.mentions());
        this.topic = topic;
    }

    List<Finding> apply() {
        List<Concept> previousSubjects = List.of();
        List<Concept> mainSubjects = List.of();
        int mainClauseStart = -1;
        int previousEnd = -1;
        for (Trigger trigger : triggers) {
            if (consumed.contains(trigger) || adjectival(trigger)) {
                continue;
            }
            int clauseStart = parts.cues().clauseStart(trigger.start());
            int clauseEnd = parts.cues().clauseEnd(trigger.start(), parts.text().length());
            int level = parenthesis(trigger.start());
            var by = BY.matcher(parts.text().substring(trigger.end()));
            boolean passive = trigger.voice() == Trigger.Voice.FLIP && by.find();
            Group object;
            Group subject;
            if (dependenceModifier(trigger)) {
                continue;
            }
            Group modified = modifiedBy(trigger);
            if (trigger.voice() == Trigger.Voice.OF) {
                object = modified;
                subject = firstAfter(trigger.end(), clauseEnd, true, level);
                subject = subject != null && subject.role() == Group.Role.AGENT ? subject : null;
            } else if (passive) {
                object = nearestBefore(trigger.start(), clauseStart, false, level);
                subject = firstAfter(trigger.end() + by.end(), clauseEnd, true, level);
            } else if (modified != null) {
                object = modified;
                subject = nearestBefore(modified.start(), clauseStart, true, level);
            } else {
                object = firstAfter(trigger.end(), clauseEnd, false, level);
                subject = nearestBefore(trigger.start(), clauseStart, true, level);
                if (trigger.relation() == Relation.REQUIRES) {
                    Group agent = agentBefore(trigger.start(), clauseStart);
                    subject = agent != null ? agent : subject;
                }
            }
            if (object == null || (trigger.voice() == Trigger.Voice.OF && subject == null)) {
                continue;
            }
            Trigger enabling = enabling(trigger, subject, object, clauseStart);
            if (enabling != null) {
                Group outcome = nearestBefore(trigger.start(), clauseStart, false, level);
                for (Mention o : outcome.members()) {
                    for (Concept s : concepts(object)) {
                        add(s, enabling, o, clauseStart, clauseEnd, false, Optional.empty());
                    }
                }
                continue;
            }
            if (subject == null && !passive) {
                subject = firstAfter(object.end(), clauseEnd, true, level);
                subject = subject != null && subject.role() == Group.Role.AGENT
                        && !parts.text().substring(object.end(), subject.start()).contains(",") ? subject : null;
            }
            List<Concept> subjects = subject == null ? List.of() : concepts(subject);
            boolean inferred = false;
            if (previousEnd >= 0 && sharesSubject(previousEnd, trigger.start(), subject)) {
                subjects = previousSubjects;
            }
            if (!mainSubjects.isEmpty() && PARTICIPLE.matcher(trigger.phrase()).find()
                    && AFTER_COMMA.matcher(parts.text().substring(0, trigger.start())).find()) {
                subjects = mainSubjects;
            }
            if (subjects.isEmpty()) {
                subjects = leadIn(clauseStart);
            }
            if (subjects.isEmpty() && namesNoAgent() && !gerundSubject(trigger)) {
                subjects = topic;
                inferred = true;
            }
            Group contrasted = contrasted(object);
            List<Mention> objectMentions = new ArrayList<>(object.members());
            for (Group more : coordinated(object)) {
                objectMentions.addAll(more.members());
            }
            if (contrasted != null) {
                objectMentions.addAll(contrasted.members());
            }
            Trigger stated = changesOf(trigger, object);
            for (Concept s : subjects) {
                for (Mention o : objectMentions) {
                    add(s, stated, o, clauseStart, clauseEnd, inferred, Optional.empty());
                }
            }
            if (!subjects.isEmpty()) {
                previousSubjects = subjects;
                previousEnd = object.end();
                if (mainSubjects.isEmpty() || mainClauseStart != clauseStart) {
                    mainSubjects = subjects;
                    mainClauseStart = clauseStart;
                }
            }
        }
        addChains();
        return mostSpecific();
    }

    /** "Stimulating a node propagates changes": a sentence-initial gerund is itself the subject, not an act of the topic. */
    private boolean gerundSubject(Trigger trigger) {
        return PARTICIPLE.matcher(trigger.phrase()).find() && parts.text().substring(0, trigger.start()).isBlank();
    }

    /** The section topic stands in only for a sentence that names no intervention or exposure at all. */
    private boolean namesNoAgent() {
        return groups.stream().noneMatch(g -> g.role() == Group.Role.AGENT);
    }

    /**
     * "induces intrinsic connectivity changes", "elicits excitability changes": what is caused is a
     * change of the object, so the claim is that the subject modulates it; the noun is consumed.
     */
    private Trigger changesOf(Trigger trigger, Group object) {
        if (trigger.relation() != Relation.INDUCES) {
            return trigger;
        }
        for (Trigger next : triggers) {
            if (next.start() >= object.end() && next.relation() == Relation.MODULATES
                    && parts.text().substring(object.end(), next.start()).isBlank()) {
                consumed.add(next);
                return new Trigger(trigger.start(), trigger.end(), Relation.MODULATES, trigger.voice(), trigger.phrase());
            }
        }
        return trigger;
    }

    /** "rTMS vs. ECT: Both elevate plasticity": a lead-in before a colon names the subject of what follows. */
    private List<Concept> leadIn(int clauseStart) {
        if (clauseStart == 0 || parts.text().charAt(clauseStart) != ':') {
            return List.of();
        }
        int leadStart = parts.cues().clauseStart(clauseStart - 1);
        List<Concept> agents = new ArrayList<>();
        for (Group group : groups) {
            if (group.role() == Group.Role.AGENT && group.start() >= leadStart && group.end() <= clauseStart) {
                concepts(group).stream().filter(c -> !agents.contains(c)).forEach(agents::add);
            }
        }
        return agents;
    }

    /** "produces protein synthesis, neurogenesis and gliogenesis": objects listed after the first, whatever their kind. */
    private List<Group> coordinated(Group object) {
        List<Group> more = new ArrayList<>();
        if (!isObject(object)) {
            return more;
        }
        Group last = object;
        for (int i = groups.indexOf(object) + 1; i < groups.size(); i++) {
            Group next = groups.get(i);
            if (!isObject(next) || !LIST.matcher(parts.text().substring(last.end(), next.start())).matches()) {
                break;
            }
            more.add(next);
            last = next;
        }
        return more;
    }

    /** "increases A but not B", "A rather than B": the contrasted object, read with its negation. */
    private Group contrasted(Group object) {
        int next = groups.indexOf(object) + 1;
        if (next >= groups.size() || groups.get(next).role() != object.role()) {
            return null;
        }
        Group candidate = groups.get(next);
        return CONTRAST.matcher(parts.text().substring(object.end(), candidate.start())).matches() ? candidate : null;
    }

    /**
     * A vague relation ("modulates", "is associated with", "acts through") adds nothing when the
     * sentence also states a directed one for the same subject and object ("modulates glutamatergic
     * transmission: it enhances glutamate signalling").
     */
    private List<Finding> mostSpecific() {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings.values()) {
            if (!vague(finding.relation()) || findings.values().stream().noneMatch(other -> other != finding
                    && other.subject().equals(finding.subject()) && other.object().equals(finding.object())
                    && !vague(other.relation()))) {
                kept.add(finding);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean vague(Relation relation) {
        return relation == Relation.MODULATES || relation == Relation.ASSOCIATED_WITH || relation == Relation.REQUIRES;
    }

    /** "X increases A and activates B": nothing but a conjunction between A and the next trigger. */
    private boolean sharesSubject(int previousEnd, int triggerStart, Group subject) {
        if (previousEnd > triggerStart || (subject != null && subject.start() >= previousEnd)) {
            return false;
        }
        return SHARED_SUBJECT.matcher(parts.text().substring(previousEnd, triggerStart)).matches();
    }

    private void addChains() {
        for (Group group : groups) {
            for (List<Mention> chain : group.chains(parts.text())) {
                String written = parts.text().substring(chain.get(0).start(), chain.get(chain.size() - 1).end());
                for (int i = 0; i + 1 < chain.size(); i++) {
                    Trigger link = new Trigger(group.start(), group.end(), Relation.ACTIVATES, Trigger.Voice.KEEP, written);
                    int clauseStart = parts.cues().clauseStart(group.start());
                    int clauseEnd = parts.cues().clauseEnd(group.start(), parts.text().length());
                    add(chain.get(i).concept(), link, chain.get(i + 1), clauseStart, clauseEnd, false,
                            Optional.of(written));
                }
            }
        }
    }

    private void add(Concept subject, Trigger trigger, Mention objectMention, int clauseStart, int clauseEnd,
            boolean inferred, Optional<String> chain) {
        Concept object = objectMention.concept();
        if (subject.iri().equals(object.iri())) {
            return;
        }
        boolean negated = parts.covered(Cue.Kind.NEGATION, trigger.start())
                || parts.negatedBetween(trigger.end(), objectMention.start());
        boolean hedged = parts.covered(Cue.Kind.HEDGE, trigger.start());
        List<Concept> regions = new ArrayList<>();
        for (Group group : groups) {
            if (group.role() == Group.Role.ANATOMY && group.start() >= clauseStart && group.end() <= clauseEnd) {
                for (Concept region : concepts(group)) {
                    if (!region.iri().equals(object.iri()) && !regions.contains(region)) {
                        regions.add(region);
                    }
                }
            }
        }
        Finding finding = new Finding(subject, trigger.relation(), object, List.copyOf(regions),
                onset(trigger, clauseStart, clauseEnd), negated, hedged, parts.species(), inferred, chain,
                trigger.start(), trigger.end());
        findings.putIfAbsent(finding.key(), finding);
    }

    /** The time span nearest the trigger in its clause, unless it sits in an aside the trigger is not in. */
    private Optional<TimeSpan> onset(Trigger trigger, int clauseStart, int clauseEnd) {
        return parts.spans().stream()
                .filter(span -> span.start() >= clauseStart && span.end() <= clauseEnd)
                .filter(span -> parenthesis(span.start()) == parenthesis(trigger.start()))
                .min(Comparator.comparingInt(span -> Math.abs(span.start() - trigger.start())));
    }

    /** Start of the innermost parenthesis around {@code offset}, or -1 outside any. */
    private int parenthesis(int offset) {
        String text = parts.text();
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The nearest group ending before {@code offset} in the clause that can play the role. */
    private Group nearestBefore(int offset, int clauseStart, boolean asSubject, int level) {
        Group anatomy = null;
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            if (group.end() > offset) {
                continue;
            }
            if (group.start() < clauseStart) {
                break;
            }
            if (asSubject && parenthesis(group.start()) != level) {
                continue;
            }
            if (asSubject && group.role() == Group.Role.MECHANISM && joinedByConjunction(group.end(), offset)) {
                Group agent = agentBefore(group.start(), clauseStart);
                return agent != null ? agent : group;
            }
            if (asSubject ? group.role().canBeSubject() : isObject(group)) {
                return group;
            }
            if (!asSubject && anatomy == null && group.role() == Group.Role.ANATOMY && !modifiesNoun(group)) {
                anatomy = group;
            }
        }
        return anatomy;
    }

    /**
     * "flood the cortex with glutamate and directly activate BDNF": a mechanism followed by a
     * conjunction and the trigger is the object of an earlier verb, whose agent acts again.
     */
    private boolean joinedByConjunction(int from, int triggerStart) {
        String between = parts.text().substring(from, triggerStart);
        return SHARED_SUBJECT.matcher(between).matches() && CONJUNCTION.matcher(between).find();
    }

    private Group agentBefore(int offset, int clauseStart) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            if (group.end() <= offset && group.start() >= clauseStart && group.role() == Group.Role.AGENT) {
                return group;
            }
        }
        return null;
    }

    /** The first group starting after {@code offset} in the clause that can play the role. */
    private Group firstAfter(int offset, int clauseEnd, boolean asSubject, int level) {
        Group anatomy = null;
        for (Group group : groups) {
            if (group.start() < offset || (asSubject && parenthesis(group.start()) != level)) {
                continue;
            }
            if (group.start() >= clauseEnd || anotherTriggerBetween(offset, group.start())) {
                break;
            }
            if (asSubject ? group.role().canBeSubject() : isObject(group)) {
                return group;
            }
            if (!asSubject && anatomy == null && group.role() == Group.Role.ANATOMY && !modifiesNoun(group)) {
                anatomy = group;
            }
        }
        return anatomy;
    }

    /**
     * "prefrontal–limbic coupling", "cortical sites": a region followed by a word that is not a
     * function word modifies that word, and is not what the trigger acts on.
     */
    private boolean modifiesNoun(Group group) {
        Matcher next = NEXT_WORD.matcher(parts.text().substring(group.end()));
        return next.lookingAt() && !FUNCTION_WORD.matcher(next.group(1)).matches();
    }

    /**
     * The object written just before a trigger that modifies it: a noun ("NMDAR antagonism", "mTOR
     * activation") or a hyphenated participle ("plasticity-inducing", "spine-enhancing").
     */
    private Group modifiedBy(Trigger trigger) {
        boolean noun = trigger.voice() == Trigger.Voice.OF || NOUN.matcher(trigger.phrase()).find();
        boolean participle = trigger.phrase().endsWith("ing");
        for (Group group : groups) {
            if (group.end() > trigger.start() || !isObject(group)) {
                continue;
            }
            String gap = parts.text().substring(group.end(), trigger.start());
            if ((noun && GAP.matcher(gap).matches()) || (participle && HYPHEN.matcher(gap).matches())) {
                return group;
            }
        }
        return null;
    }

    /**
     * "This remodelling is mediated by mTORC1 and BDNF": an outcome cannot be a subject, so when a
     * dependence is stated of an outcome and neither the sentence nor its section names an agent,
     * what it depends on is what brings it about. Returns the Induces trigger to use, or null.
     */
    private Trigger enabling(Trigger trigger, Group subject, Group object, int clauseStart) {
        if (trigger.relation() != Relation.REQUIRES || subject != null || object.role() == Group.Role.OUTCOME
                || !topic.isEmpty() || !namesNoAgent()) {
            return null;
        }
        Group outcome = nearestBefore(trigger.start(), clauseStart, false, parenthesis(trigger.start()));
        if (outcome == null || outcome.role() != Group.Role.OUTCOME) {
            return null;
        }
        return new Trigger(trigger.start(), trigger.end(), Relation.INDUCES, Trigger.Voice.KEEP, trigger.phrase());
    }

    /** "mGluR1-dependent LTD", "seizure-mediated effects": a modifier, not a claim of its own. */
    private boolean dependenceModifier(Trigger trigger) {
        if (trigger.relation() != Relation.REQUIRES && trigger.relation() != Relation.ASSOCIATED_WITH) {
            return false;
        }
        return HYPHENATED.matcher(parts.text().substring(0, trigger.start())).find();
    }

    /** "in targeted cortex", "of stimulated neurons": a participle after a preposition is an adjective. */
    private boolean adjectival(Trigger trigger) {
        return trigger.phrase().endsWith("ed") && ADJECTIVE_POSITION.matcher(parts.text().substring(0, trigger.start())).find();
    }

    private boolean anotherTriggerBetween(int from, int to) {
        return triggers.stream().anyMatch(t -> t.start() >= from && t.end() <= to);
    }

    private static boolean isObject(Group group) {
        return group.role() == Group.Role.MECHANISM || group.role() == Group.Role.OUTCOME;
    }

    private static List<Concept> concepts(Group group) {
        List<Concept> concepts = new ArrayList<>();
        for (Mention member : group.members()) {
            if (!concepts.contains(member.concept())) {
                concepts.add(member.concept());
            }
        }
        return concepts;
    }
}
