package org.npkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Tail AFTER_COMMA = Tail.of("(?i)(,\\s*|\\bwhile\\s+|\\bwhereas\\s+)((thereby|thus|so|then|\\w+ly)\\s+)*$",
            ",", "while", "whereas", "thereby", "thus", "so", "then", "ly");
    /** Between a mechanism and an infinitive of purpose: "mTOR signalling to enhance", "TrkB in order to promote". */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?i)(?!.*\\b(is|are|was|were|be|been|has|have|had)\\b)([\\s\\-]*[\\w\\-]+){0,2}\\s+(in order\\s+)?to\\s+(\\w+ly\\s+)?");
    /**
     * Verbs that report what exposed cells or animals showed: their subject is the agent of the
     * exposure, and alone (with no "increased", "reduced" after them) they need one.
     */
    private static final Pattern SHOW = Pattern.compile("(?i)(show|showed|display|displayed|exhibit|exhibited)\\b");
    /** A verb of its own between an object and a later agent: "changes in X have been effective in predicting … after rTMS". */
    private static final Pattern FINITE = Pattern.compile("(?i)\\b(is|are|was|were|has|have|had|been|be|that|which)\\b");
    /** "has been found after rTMS": a report of the change, not a verb of its own. */
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(is|are|was|were|has|have|had)\\s+(been\\s+)?(found|shown|observed|reported|seen|detected|noted|described)\\b");
    /** "is enhanced adult neurogenesis": a participle before its noun is an adjective, not a passive. */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)\\s+(?!(in|at|on|by|to|for|with|within|after|during|across|over|and|or|but|than|as)\\b)[a-z]");
    private static final Pattern INQUIRY = Pattern.compile(
            "(?i)\\b(investigat|examin|assess|test|explor|evaluat|stud(y|ie|yi))\\w*\\s+(the\\s+|whether\\s+)?$");
    private static final Pattern ON = Pattern.compile("(?i)[^.;:,]{0,50}?\\bon\\s+(the\\s+)?");
    /** "…effects of rTMS were abolished by TrkB antagonism": the noun after a passive's "by" names its agent's act. */
    private static final Pattern PASSIVE_BY = Pattern.compile(
            "(?i)\\b(is|are|was|were|be|been|being)\\s+(\\w+ly\\s+)?\\w+(ed|en)\\s+(\\w+ly\\s+)?by\\s+(the\\s+|an?\\s+)?$");
    /** "BDNF activates mTOR via agonism to TrkB", "via 5-HT2A activation": the act a verb is done by has the verb's subject. */
    private static final Pattern BY_MEANS = Pattern.compile("(?i)[^,;:]{0,30}?\\b(via|through|by)\\s+((the|an?|its|their)\\s+)?");
    private static final Pattern ABBREVIATED = Pattern.compile("(\\s*\\([^()]{1,20}\\))?");

    private final SentenceAnalysis.Parts parts;
    private final List<Group> groups;
    private final List<Trigger> triggers;
    private final List<Concept> topic;
    private final Roles roles;
    private final TriggerReading reading;
    private final Agents agents;
    private final DependenceReading dependences;
    private final ClauseContext clauses;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    /** What each trigger so far acted on (its object and the objects listed with it) and by whom. */
    private final List<Acted> acted = new ArrayList<>();

    private record Acted(int start, int end, List<Concept> subjects) {}

    FindingRules(SentenceAnalysis.Parts parts, List<Concept> topic) {
        this.parts = parts;
        this.groups = Group.of(parts.text(), parts.mentions());
        this.triggers = TriggerSequence.combine(parts.text(), parts.triggers(), parts.mentions());
        this.topic = topic;
        this.roles = new Roles(parts.text(), groups, triggers);
        this.reading = new TriggerReading(parts.text(), triggers);
        this.agents = new Agents(parts.text(), groups, triggers, roles);
        this.dependences = new DependenceReading(parts.text(), roles, agents);
        this.clauses = new ClauseContext(parts, groups, roles);
    }

    List<Finding> apply() {
        List<Concept> previousSubjects = List.of();
        List<Concept> mainSubjects = List.of();
        // Subjects carried to a later trigger stay inferred when the section topic supplied them.
        boolean previousInferred = false;
        boolean mainInferred = false;
        int mainClauseStart = -1;
        int previousEnd = -1;
        Relation previousRelation = null;
        for (Trigger written : triggers) {
            Trigger trigger = written;
            if (reading.silent(trigger)) {
                continue;
            }
            int clauseStart = parts.cues().clauseStart(trigger.start());
            int clauseEnd = parts.cues().clauseEnd(trigger.start(), parts.text().length());
            int level = roles.parenthesis(trigger.start());
            Optional<DependenceReading.Claim> dependence = trigger.voice() == Trigger.Voice.LINK
                    ? new Linking(parts.text(), groups).read(trigger) : dependences.read(trigger, clauseStart, clauseEnd, level);
            if (dependence.isPresent() || trigger.voice() == Trigger.Voice.MEANS || trigger.voice() == Trigger.Voice.LINK) {
                dependence.ifPresent(claim -> claim.subjects().forEach(s -> claim.objects().forEach(
                        o -> add(s, claim.trigger(), o, clauseStart, clauseEnd, false, Optional.empty()))));
                continue;
            }
            var by = TriggerReading.BY.matcher(parts.text()).region(trigger.end(), parts.text().length()); // as over the rest, uncopied
            boolean passive = trigger.voice() == Trigger.Voice.FLIP && by.find();
            Group object;
            Group subject;
            Group modified = roles.modifiedBy(trigger);
            Group changed = roles.changedBefore(trigger);
            if (trigger.voice() == Trigger.Voice.OF) {
                object = modified;
                subject = roles.firstAfter(trigger.end(), clauseEnd, true, level);
                subject = subject != null && subject.role() == Group.Role.AGENT ? subject : null;
                Optional<Trigger> effectOn = object == null && subject != null ? effectOn(trigger, subject) : Optional.empty();
                if (effectOn.isPresent()) {
                    trigger = effectOn.get();
                    object = roles.firstAfter(trigger.end(), clauseEnd, false, level);
                    object = object != null && roles.modifiesNoun(object) ? null : object;
                }
            } else if (passive) {
                object = roles.sameSegment(roles.nearestBefore(trigger.start(), clauseStart, false, level), trigger.start());
                subject = roles.unlessModifier(roles.firstAfter(by.end(), clauseEnd, true, level));
            } else if (trigger.voice() == Trigger.Voice.FLIP && TriggerReading.AUXILIARY_BEFORE.in(parts.text(), trigger.start())
                    && Tail.matchesEnding(trigger.phrase(), "ed", "en") && !ATTRIBUTE.matcher(parts.text()).region(trigger.end(), parts.text().length()).lookingAt()) {
                object = roles.nearestBefore(trigger.start(), clauseStart, false, level);
                subject = object == null ? null : agents.actingAgentBefore(object.start(), clauseStart, level);
            } else if (changed != null) {
                object = changed;
                subject = agents.actingAgentBefore(object.start(), clauseStart, level);
            } else if (modified != null) {
                object = modified;
                subject = agents.actorBehind(roles.nearestBefore(modified.start(), clauseStart, true, level), clauseStart, level);
                if (subject != null && PASSIVE_BY.matcher(parts.text().substring(subject.end(), modified.start())).find()) {
                    subject = null; // the subject of the passive verb is acted on, not the agent of this noun
                }
            } else {
                object = roles.complementOf(trigger, roles.firstAfter(trigger.end(), clauseEnd, false, level));
                subject = agents.unlessParticipleAgent(agents.actorBehind(
                        roles.nearestBefore(trigger.start(), clauseStart, true, level), clauseStart, level), trigger);
                if (trigger.relation() == Relation.REQUIRES) {
                    Group agent = roles.agentBefore(trigger.start(), clauseStart);
                    subject = agent != null ? agent : subject;
                }
            }
            if (SHOW.matcher(trigger.phrase()).lookingAt()) {
                Group exposed = agents.exposedAgent(trigger.start(), clauseStart);
                if (exposed == null && trigger.relation() == Relation.INDUCES) {
                    continue;
                }
                subject = exposed != null ? exposed : subject;
            }
            if (object == null || (trigger.voice() == Trigger.Voice.OF && subject == null)
                    || (hyphenated(trigger) && !agentAtHyphen(trigger))) {
                continue; // "stress-induced loss" when stress is no concept: the agent is the unknown word
            }
            Trigger enabling = dependences.enabling(trigger, subject, object, clauseStart, topic);
            if (enabling != null) {
                Group outcome = roles.nearestBefore(trigger.start(), clauseStart, false, level);
                for (Mention o : outcome.members()) {
                    for (Concept s : Roles.concepts(object)) {
                        add(s, enabling, o, clauseStart, clauseEnd, false, Optional.empty());
                    }
                }
                continue;
            }
            if (subject == null && !passive) {
                int after = Math.max(object.end(), trigger.end());
                subject = roles.firstAfter(after, clauseEnd, true, level);
                String gap = subject == null ? "" : REPORTED.matcher(parts.text().substring(after, subject.start())).replaceAll(" ");
                subject = subject != null && subject.role() == Group.Role.AGENT && !gap.contains(",")
                        && !FINITE.matcher(gap).find() ? subject : null;
            }
            List<Concept> subjects = subject == null ? List.of() : Roles.concepts(subject);
            boolean inferred = false;
            int actStart = object == modified ? object.start() : trigger.start();
            boolean sharing = previousEnd >= 0 && (sharesSubject(previousEnd, trigger.start(), subject)
                    || reading.noun(trigger) && previousEnd <= actStart
                    && BY_MEANS.matcher(parts.text().substring(previousEnd, actStart)).matches());
            if (sharing) {
                subjects = previousSubjects;
                inferred = previousInferred;
            }
            subjects = purpose(trigger, subject).orElse(subjects);
            if (trigger.phrase().contains("ing") && TriggerReading.PARTICIPLE.matcher(trigger.phrase()).find()
                    && AFTER_COMMA.in(parts.text(), trigger.start())) {
                if (!mainSubjects.isEmpty()) {
                    subjects = mainSubjects;
                    inferred = mainInferred;
                } else {
                    subjects = agents.sentenceSubject().map(Roles::concepts).orElse(subjects);
                }
            }
            if (subjects.isEmpty()) {
                subjects = clauseStart > 0 && parts.text().charAt(clauseStart) == ':'
                        ? agents.leadIn(parts.cues().clauseStart(clauseStart - 1), clauseStart) : agents.pronounAgent(trigger, level);
                inferred = false;
            }
            if (subjects.isEmpty() && roles.namesNoAgent() && !reading.gerundSubject(trigger) && !reading.nominal(trigger)
                    && !reading.infinitive(trigger)) {
                subjects = topic;
                inferred = true;
            }
            Group contrasted = roles.contrasted(object);
            List<Mention> objectMentions = new ArrayList<>(object.members());
            for (Group more : hyphenated(trigger) ? List.<Group>of() : roles.coordinated(object)) {
                objectMentions.addAll(more.members());
            }
            if (contrasted != null) {
                objectMentions.addAll(contrasted.members());
            }
            Trigger stated = reading.changesOf(trigger, object);
            if (sharing && previousRelation == Relation.ASSOCIATED_WITH && reading.noun(trigger)) {
                stated = new Trigger(stated.start(), stated.end(), Relation.ASSOCIATED_WITH, stated.voice(), stated.phrase());
            }
            for (Concept s : subjects) {
                for (Mention o : objectMentions) {
                    add(s, stated, o, clauseStart, clauseEnd, inferred, Optional.empty());
                }
            }
            if (!subjects.isEmpty()) {
                previousSubjects = subjects;
                previousInferred = inferred;
                previousEnd = object.end();
                previousRelation = stated.relation();
                acted.add(new Acted(object.start(), objectMentions.get(objectMentions.size() - 1).end(), subjects));
                if (mainSubjects.isEmpty() || mainClauseStart != clauseStart) {
                    mainSubjects = subjects;
                    mainInferred = inferred;
                    mainClauseStart = clauseStart;
                }
            }
        }
        addChains();
        new Likeness(parts.text(), groups).shared(List.copyOf(findings.values()))
                .forEach(f -> findings.putIfAbsent(f.key(), f));
        return mostSpecific();
    }

    /**
     * A vague relation ("modulates", "acts through") adds nothing when the sentence also states a
     * directed one for the same subject and object ("modulates glutamatergic transmission: it enhances
     * glutamate signalling"). An association stays: "is associated with a reduction in X, alongside
     * enhanced X elsewhere" states the correlation as well as the change.
     */
    private List<Finding> mostSpecific() {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings.values()) {
            if (!vague(finding.relation()) || findings.values().stream().noneMatch(other -> other != finding
                    && other.subject().equals(finding.subject()) && other.object().equals(finding.object())
                    && other.negated() == finding.negated() && !vague(other.relation()))) {
                kept.add(finding);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean vague(Relation relation) {
        return relation == Relation.MODULATES || relation == Relation.REQUIRES;
    }

    /**
     * "ketamine engages mTOR signalling to enhance plasticity": an infinitive of purpose right after a
     * mechanism that an earlier trigger acted on has that trigger's subject, not the mechanism.
     */
    private Optional<List<Concept>> purpose(Trigger trigger, Group subject) {
        if (subject == null || subject.role() != Group.Role.MECHANISM || subject.end() > trigger.start()
                || !PURPOSE.matcher(parts.text().substring(subject.end(), trigger.start())).matches()) {
            return Optional.empty();
        }
        return acted.stream().filter(a -> a.start() <= subject.start() && subject.end() <= a.end())
                .map(Acted::subjects).findFirst();
    }

    /** Whether a concept is written right before the hyphen, perhaps with its abbreviation: "AMPA receptor (AMPAR)-driven". */
    private boolean agentAtHyphen(Trigger trigger) {
        return groups.stream().anyMatch(g -> g.end() < trigger.start()
                && ABBREVIATED.matcher(parts.text().substring(g.end(), trigger.start() - 1)).matches());
    }

    /** "AMPAR-driven BDNF release and mTOR signalling": a hyphenated participle modifies only the noun after it. */
    private boolean hyphenated(Trigger trigger) {
        return trigger.start() > 0 && "-\u2010\u2011".indexOf(parts.text().charAt(trigger.start() - 1)) >= 0;
    }

    /**
     * "the effects of psilocybin on spine density", "the impact of psychedelics on increased
     * spinogenesis": what the agent's effects are on is modulated, or changed in the direction a
     * participle after "on" states; not when the effect is only studied ("investigating the effect
     * of"). Returns the trigger to read, ending where the object may start.
     */
    private Optional<Trigger> effectOn(Trigger trigger, Group subject) {
        Matcher on = ON.matcher(parts.text().substring(subject.end()));
        if (!on.lookingAt() || INQUIRY.matcher(parts.text().substring(0, trigger.start())).find()) {
            return Optional.empty();
        }
        int from = subject.end() + on.end();
        for (Trigger direction : triggers) {
            if (direction.start() >= from && parts.text().substring(from, direction.start()).isBlank()
                    && (direction.relation() == Relation.INCREASES || direction.relation() == Relation.DECREASES)) {
                return Optional.of(new Trigger(trigger.start(), direction.end(), direction.relation(), Trigger.Voice.KEEP,
                        trigger.phrase()));
            }
        }
        return Optional.of(new Trigger(trigger.start(), from, Relation.MODULATES, Trigger.Voice.KEEP, trigger.phrase()));
    }

    /** "X increases A and activates B": nothing but a conjunction between A and the next trigger. */
    private boolean sharesSubject(int previousEnd, int triggerStart, Group subject) {
        if (previousEnd > triggerStart || (subject != null && subject.start() >= previousEnd)) {
            return false;
        }
        return Roles.SHARED_SUBJECT.matcher(parts.text().substring(previousEnd, triggerStart)).matches();
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
        clauses.finding(subject, trigger, objectMention, clauseStart, clauseEnd, inferred, chain)
                .ifPresent(finding -> findings.putIfAbsent(finding.key(), finding));
    }
}
