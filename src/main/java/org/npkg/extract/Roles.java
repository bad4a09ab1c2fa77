package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a trigger's subject and object are in a sentence: the groups of mentions before and after
 * it in its clause, at the same level of parentheses, with the readings that keep modifiers, asides
 * and coordinated verbs from taking roles they do not have.
 */
final class Roles {

    static final Pattern SHARED_SUBJECT = Pattern.compile(
            "(?i)(\\s*\\([^()]{1,20}\\))?[\\s,)\\]]*(and|or|but|thereby|then)?\\s*(\\w+ly\\s*)?((the|a|an)\\s+)?");
    /**
     * Between listed objects: "BDNF levels and other synaptic proteins", "BDNF–TrkB signalling and other
     * growth factors", "AMPAR-driven BDNF release and mTOR signalling".
     */
    private static final Pattern WHOLE = Pattern.compile("(?i)\\s+(networks?|circuits?|circuitry|changes|alterations|coherence|integrity|activity|dynamics)\\b");
    private static final Pattern LIST = Pattern.compile("(?i)(\\s*\\([^()]{1,20}\\))?[\\s)]*([\\-\u2010\u2011]\\w+(ed|en)\\s+)?((levels?|expression|signal(l)?ing|activity|release|function"
            + "|concentrations?|mRNA|pathways?|cascades?)\\b)?[\\s,)]*(etc\\.\\)?[\\s,]*)?(and|or|as well as)?\\s*(other\\s+)?");
    /** "modulates excitability (targeted LTP-like effects)", "(e.g. spinogenesis)": an aside naming examples of the object. */
    private static final Pattern ASIDE = Pattern.compile("(?i)[\\s,]*\\(\\s*(e\\.g\\.,?|i\\.e\\.,?|including|such as|notably)?\\s*([\\w\\-]+\\s+){0,2}");
    private static final Pattern CONTRAST = Pattern.compile(
            "(?i)\\s*,?\\s*(but not|and not|rather than|instead of|not)\\s*(\\w+\\s+){0,2}");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\b(and|or)\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("[\\s\\-\u2010-\u2015]*([A-Za-z]+)");
    private static final Pattern FUNCTION_WORD = Pattern.compile(
            "(?i)and|or|nor|in|of|with|to|via|through|during|after|following|by|at|on|from|that|which|while|whereas"
            + "|but|as|than|for|into|across|within|over|under|between|among|is|are|was|were");
    /** Between a noun and the trigger noun after it, perhaps with its abbreviation: "N-methyl-D-aspartate receptor (NMDAR) antagonism". */
    private static final Pattern GAP = Pattern.compile("[\\s\\-\u2010-\u2015]*(\\([^()]{1,20}\\)\\s*)?");
    private static final Pattern HYPHEN = Pattern.compile("[\\-\u2010-\u2015]");
    private static final Pattern COMPLEMENT = Pattern.compile("(?i)(?<!such |well |even )\\b(as|than|unlike|for|versus|vs\\.?"
            + "|compared (to|with)|relative to|similar to)\\s+((the|other|a|an)\\s+)?((?!example|instance)[\\w\\-]+\\s+)?$");
    /** The last word of each of COMPLEMENT's openings, which at most two words may follow. */
    private static final String[] COMPLEMENT_WORDS = {"as", "than", "unlike", "for", "versus", "vs", "vs.", "to", "with"};
    /** Words that are nouns after an outcome: "volumetric increases", "spine density reductions". */
    private static final Pattern CHANGE_NOUN = Pattern.compile("(?i)(increase|decrease|reduction|gain|loss|rise|decline)s?|losses");
    /** "neuroplasticity, potentially facilitated by psychedelics": a participle right after the comma. */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)[\\s)\\]]*,\\s*(\\w+ly\\s+)*");
    private static final Pattern INFINITIVE = Pattern.compile("(?i)\\s+to\\s+(?!(the|a|an|its|their|this|these|those)\\b)[a-z]+\\s");
    private static final Pattern DEPENDENCE_MODIFIER = Pattern.compile(
            "(?i)[\\-\u2010\u2011](mediated|dependent|associated|related|linked)\\s+\\w");
    /** "correlate with improvement and may reflect synaptogenesis": a second verb phrase begins. */
    private static final Pattern NEW_VERB = Pattern.compile("(?i)\\b(and|but|or)\\s+(may|might|could|can|will|would|should|must)\\b");
    private static final Pattern RELATIVE_LINK = Pattern.compile("(?i)\\b(which|that|who)\\b");
    private static final Pattern HYPHEN_PARTICIPLE = Pattern.compile("[\\-\u2010\u2011]\\w+(ed|en|ing)\\s+\\w");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)\\b(for|in|to|with|from|at|during|over|after)\\b");
    /** After a mechanism only a plural is surely a noun: "BDNF changes", but "BDNF increases spine density". */
    private static final Pattern PLURAL_CHANGE = Pattern.compile("(?i)changes|alterations|shifts|reductions|elevations");
    /** Nothing for a change verb to act on: a preposition, an adverb before one, or the clause's end. */
    private static final Pattern NO_OBJECT = Pattern.compile(
            "(?i)\\s*((significantly|markedly|rapidly|only|also|further|again)\\s+)?(in|at|after|following|within|by|over|across|during|from|to|[,.;:)]|$)\\b?");
    /** Between what changed and its change verb: "spine density increased", "BDNF levels rapidly rose". */
    private static final Pattern CHANGED = Pattern.compile(
            "(?i)\\s*((levels?|expression|concentrations?|density|signal(l)?ing|activity)\\s+)?((\\w+ly|also|then)\\s+)?");
    private static final Pattern INTRANSITIVE = Pattern.compile("(?i)\\w+ed|rose|fell");

    private final String text;
    private final List<Group> groups;
    private final List<Trigger> triggers;
    private final Parentheses parentheses;
    /**
     * {@link #complement} by a group's start, which is all it reads: every trigger asks it of the
     * groups before it, and the answers are kept for the sentence.
     */
    private byte[] complementAt;
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    Roles(String text, List<Group> groups, List<Trigger> triggers) {
        this.text = text;
        this.groups = groups;
        this.triggers = triggers;
        this.parentheses = new Parentheses(text);
    }

    /** The sentence's groups, in order. */
    List<Group> groups() {
        return groups;
    }

    /** Start of the innermost parenthesis around {@code offset}, or -1 outside any. */
    int parenthesis(int offset) {
        return parentheses.around(offset);
    }

    /** The nearest group ending before {@code offset} in the clause that can play the role. */
    Group nearestBefore(int offset, int clauseStart, boolean asSubject, int level) {
        Group anatomy = null;
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            if (group.end() > offset) {
                continue;
            }
            if (group.start() < clauseStart) {
                break;
            }
            if (asSubject && (parenthesis(group.start()) != level || complement(group))) {
                continue;
            }
            if (asSubject && group.role() == Group.Role.MECHANISM && joinedByConjunction(group.end(), offset)) {
                Group agent = agentBefore(group.start(), clauseStart);
                return agent != null ? agent : group;
            }
            if (asSubject ? group.role().canBeSubject() : isObject(group)) {
                return group;
            }
            if (!asSubject && anatomy == null && group.role() == Group.Role.ANATOMY && (!modifiesNoun(group) || wholeOf(group))) {
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
        String between = text.substring(from, triggerStart);
        return SHARED_SUBJECT.matcher(between).matches() && CONJUNCTION.matcher(between).find();
    }

    /** "as rTMS", "than SSRIs", "unlike ECT", "for ketamine": a group introduced by a preposition that does not make it act. */
    boolean complement(Group group) {
        if (complementAt == null) {
            complementAt = new byte[text.length() + 1];
        }
        int start = group.start();
        if (complementAt[start] == UNKNOWN) {
            int from = Math.max(0, start - 40);
            boolean complement = Tail.runEndsWithAny(text, from, start, 3, COMPLEMENT_WORDS)
                    && COMPLEMENT.matcher(text).region(from, start).find();
            complementAt[start] = complement ? YES : NO;
        }
        return complementAt[start] == YES;
    }

    Group agentBefore(int offset, int clauseStart) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            if (group.end() <= offset && group.start() >= clauseStart && group.role() == Group.Role.AGENT) {
                return group;
            }
        }
        return null;
    }

    /**
     * The first group starting after {@code offset} in the clause that can play the role; as an
     * object, not one that only modifies the noun after it ("limits microglia-mediated remodelling").
     */
    Group firstAfter(int offset, int clauseEnd, boolean asSubject, int level) {
        Group anatomy = null;
        int from = offset;
        for (Group group : groups) {
            if (group.start() < offset || (asSubject && parenthesis(group.start()) != level)) {
                continue;
            }
            if (group.start() >= clauseEnd || anotherTriggerBetween(from, group.start())
                    || (!asSubject && NEW_VERB.matcher(text).region(from, group.start()).find())) {
                break;
            }
            if (!asSubject && modifiesObjectAfter(group)) {
                from = groups.get(groups.indexOf(group) + 1).start();
                continue;
            }
            if (asSubject ? group.role().canBeSubject() : isObject(group)) {
                return group;
            }
            if (!asSubject && anatomy == null && group.role() == Group.Role.ANATOMY && (!modifiesNoun(group) || wholeOf(group))) {
                anatomy = group;
            }
        }
        return anatomy;
    }

    /** "microglia-mediated neuronal remodelling": a modifier of the object named right after it. */
    private boolean modifiesObjectAfter(Group group) {
        int next = groups.indexOf(group) + 1;
        return Group.hyphenAt(text, group.end()) && after(DEPENDENCE_MODIFIER, group.end()).lookingAt() && next < groups.size()
                && isObject(groups.get(next)) && groups.get(next).start() - group.end() < 40
                && !text.substring(group.end(), groups.get(next).start()).contains(",");
    }

    /**
     * {@code pattern} over the sentence from {@code from} on. A region's bounds are opaque, so it
     * matches just as over the copy {@code text.substring(from)}, without making one for each
     * group and trigger asked about.
     */
    private Matcher after(Pattern pattern, int from) {
        return pattern.matcher(text).region(from, text.length());
    }

    /** "brain networks", "hippocampal changes", "DMN coherence": a region naming its networks, changes or activity can be the object. */
    private boolean wholeOf(Group group) {
        return after(WHOLE, group.end()).lookingAt();
    }

    /**
     * "prefrontal–limbic coupling", "cortical sites", "plasticity nodes": a concept followed by a word
     * that is not a function word modifies that word, and is not what the trigger acts on.
     */
    boolean modifiesNoun(Group group) {
        Matcher next = after(NEXT_WORD, group.end());
        return next.lookingAt() && !FUNCTION_WORD.matcher(next.group(1)).matches();
    }

    /**
     * The object written just before a trigger that modifies it: a noun ("NMDAR antagonism", "mTOR
     * activation", after an outcome also "gray matter increases") or a hyphenated participle
     * ("plasticity-inducing", "spine-enhancing").
     */
    Group modifiedBy(Trigger trigger) {
        boolean noun = trigger.voice() == Trigger.Voice.OF || trigger.isNoun();
        boolean participle = trigger.phrase().endsWith("ing");
        // The gap and the trigger are matched in regions of the sentence, not copied for each group;
        // the trigger's two readings do not depend on the group, and are made once when first needed.
        Matcher gap = null;
        Boolean changeNoun = null;
        Boolean pluralChange = null;
        for (Group group : groups) {
            if (group.end() > trigger.start() || !isObject(group)) {
                continue;
            }
            gap = gap == null ? GAP.matcher(text) : gap;
            if (participle && trigger.start() - group.end() == 1
                    && HYPHEN.matcher(text).region(group.end(), trigger.start()).matches()) {
                return group;
            }
            if (!gap.region(group.end(), trigger.start()).matches()) {
                continue;
            }
            if (noun) {
                return group;
            }
            if (group.role() == Group.Role.OUTCOME) {
                changeNoun = changeNoun != null ? changeNoun
                        : CHANGE_NOUN.matcher(text).region(trigger.start(), trigger.end()).matches();
                if (changeNoun) {
                    return group;
                }
            } else if (group.role() == Group.Role.MECHANISM) {
                pluralChange = pluralChange != null ? pluralChange
                        : PLURAL_CHANGE.matcher(text).region(trigger.start(), trigger.end()).matches();
                if (pluralChange) {
                    return group;
                }
            }
        }
        return null;
    }

    /**
     * "While X triggers Y, Z is regulated by W": the object of a passive is in the comma-free stretch
     * before it, unless a relative pronoun links back ("Y, which is regulated by W").
     */
    Group sameSegment(Group object, int triggerStart) {
        if (object == null) {
            return null;
        }
        String between = text.substring(object.end(), triggerStart);
        return !between.contains(",") || RELATIVE_LINK.matcher(between).find() || REDUCED_RELATIVE.matcher(between).matches()
                ? object : null;
    }

    /** "driven by arousal-driven transitions": a group that modifies the noun after it is not the agent. */
    Group unlessModifier(Group subject) {
        return subject != null && after(HYPHEN_PARTICIPLE, subject.end()).lookingAt() ? null : subject;
    }

    /**
     * What a trigger acts on directly: "binds" only a mechanism; a dependence not something after
     * another noun and a preposition ("require time for protein synthesis"); a participle not what
     * follows an infinitive of purpose ("is downregulated to permit plasticity").
     */
    Group complementOf(Trigger trigger, Group object) {
        if (object == null) {
            return null;
        }
        if (trigger.relation() == Relation.BINDS && object.role() != Group.Role.MECHANISM) {
            return null;
        }
        String gap = text.substring(trigger.end(), object.start());
        if (trigger.phrase().endsWith("ed") && INFINITIVE.matcher(gap).lookingAt()) {
            return null;
        }
        boolean indirect = PREPOSITION.matcher(gap.replace("in part", "")).find();
        return trigger.relation() == Relation.REQUIRES && indirect ? null : object;
    }

    /**
     * "spine density increased in the mPFC", "BDNF levels rose after ketamine": a change verb with
     * nothing after it to act on changes what is written right before it. Null when that is not so.
     */
    Group changedBefore(Trigger trigger) {
        boolean change = trigger.relation() == Relation.INCREASES || trigger.relation() == Relation.DECREASES
                || trigger.relation() == Relation.MODULATES;
        if (!change || !INTRANSITIVE.matcher(trigger.phrase()).matches()
                || !after(NO_OBJECT, trigger.end()).lookingAt()) {
            return null;
        }
        for (Group group : groups) {
            if (group.end() <= trigger.start() && isObject(group)
                    && CHANGED.matcher(text.substring(group.end(), trigger.start())).matches()) {
                return group;
            }
        }
        return null;
    }

    /** Whether a noun trigger right after the group says what is done to it ("NMDAR antagonism"). */
    boolean modifiedByNoun(Group group) {
        return triggers.stream().anyMatch(t -> t.start() >= group.end() && modifiedBy(t) == group);
    }

    /** "produces protein synthesis, neurogenesis and gliogenesis": objects listed after the first, whatever their kind. */
    List<Group> coordinated(Group object) {
        List<Group> more = new ArrayList<>();
        if (!isObject(object)) {
            return more;
        }
        Group last = object;
        boolean inAside = false;
        for (int i = groups.indexOf(object) + 1; i < groups.size(); i++) {
            Group next = groups.get(i);
            String between = text.substring(last.end(), next.start());
            boolean aside = !inAside && ASIDE.matcher(between).matches();
            if (!isObject(next) || !aside && !LIST.matcher(between).matches()) {
                break;
            }
            inAside |= aside;
            more.add(next);
            last = next;
        }
        return more;
    }

    /** "increases A but not B", "A rather than B": the contrasted object, read with its negation. */
    Group contrasted(Group object) {
        int next = groups.indexOf(object) + 1;
        if (next >= groups.size() || groups.get(next).role() != object.role()) {
            return null;
        }
        Group candidate = groups.get(next);
        return CONTRAST.matcher(text.substring(object.end(), candidate.start())).matches() ? candidate : null;
    }

    private boolean anotherTriggerBetween(int from, int to) {
        return triggers.stream().anyMatch(t -> t.start() >= from && t.end() <= to && t.voice() != Trigger.Voice.MEANS
                && !(t.start() > 0 && HYPHEN.matcher(text.substring(t.start() - 1, t.start())).matches()));
    }

    private static boolean isObject(Group group) {
        return group.role() == Group.Role.MECHANISM || group.role() == Group.Role.OUTCOME;
    }

    static List<Concept> concepts(Group group) {
        List<Concept> concepts = new ArrayList<>();
        for (Mention member : group.members()) {
            if (!concepts.contains(member.concept())) {
                concepts.add(member.concept());
            }
        }
        return concepts;
    }

    /** The section topic stands in only for a sentence that names no intervention or exposure at all. */
    boolean namesNoAgent() {
        return groups.stream().noneMatch(g -> g.role() == Group.Role.AGENT);
    }
}
