package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mentions of one role joined by coordination ("psilocybin and ketamine", "LSD, DOI or psilocin")
 * or written as a pathway compound ("BDNF–TrkB–mTOR"): a finding is made for each member.
 */
record Group(List<Mention> members, Role role) {

    /** The coarse role a mention can play, from its facet. */
    enum Role { AGENT, MECHANISM, OUTCOME, ANATOMY, CONTEXT;

        static Role of(Facet facet) {
            if (facet.isAgent()) {
                return AGENT;
            }
            if (facet == Facet.MECHANISM) {
                return MECHANISM;
            }
            if (facet.isOutcome()) {
                return OUTCOME;
            }
            return facet.isAnatomy() ? ANATOMY : CONTEXT;
        }

        boolean canBeSubject() {
            return this == AGENT || this == MECHANISM;
        }
    }

    /**
     * "alters cerebrocerebellar loops, and prefrontal rTMS modifies…": after a comma and a conjunction,
     * a mention that only qualifies the next one (of another role) begins a new clause, not a list.
     */
    private static boolean opensClause(String text, String between, Mention mention, Mention next) {
        return next != null && between.contains(",") && CONJUNCTION.matcher(between).find()
                && Role.of(next.facet()) != Role.of(mention.facet()) && text.substring(mention.end(), next.start()).isBlank();
    }

    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\b(and|or)\\b");

    /** "stress-related behaviours", "monoamine-based therapies": a hyphenated modifier names no agent. */
    private static boolean modifier(String text, Mention mention) {
        return hyphenAt(text, mention.end()) && MODIFIER.matcher(text).region(mention.end(), text.length()).lookingAt();
    }

    /** MODIFIER and KIND open with a hyphen: without one after a mention they are not run (nor its rest of the text copied). */
    static boolean hyphenAt(String text, int i) {
        return i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '\u2010' || text.charAt(i) == '\u2011');
    }

    /** "repetitive transcranial magnetic stimulation (rTMS)": a lone mention in brackets right after another names it again. */
    private static boolean abbreviation(String text, String between, Mention mention) {
        return between.strip().equals("(") && text.substring(mention.end()).stripLeading().startsWith(")");
    }

    /**
     * "antidepressant effects", "psychedelic-like responses": an adjective (-ic, -ant) before an effect
     * word names the effect, not an agent; "rTMS effects" and "ketamine's effects" still name agents.
     */
    private static boolean namesAnEffect(String text, Mention mention) {
        String written = text.substring(mention.start(), mention.end()).toLowerCase(java.util.Locale.ROOT);
        return (written.endsWith("ic") || written.endsWith("ant")) && EFFECT.matcher(text.substring(mention.end())).lookingAt();
    }

    private static final Pattern EFFECT = Pattern.compile(
            "(?i)([\\s\\-]+like)?(\\s+(and|or)\\s+[\\w\\-]+)?\\s+(effects?|actions?|responses?|efficacy|propert(y|ies)|behaviou?rs?|phenotypes?)\\b");
    private static final Pattern MODIFIER = Pattern.compile(
            "(?i)[\\-\u2010\u2011](related|like|based|associated|specific|type|naive|free|resistant)\\b");
    /** "monoamine-based therapies", "neuroplasticity-based frameworks": a concept naming a kind of thing takes no role. */
    private static final Pattern KIND = Pattern.compile("(?i)[\\-\u2010\u2011](based|specific|type|naive|free|resistant)\\b");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern PATHWAY = Pattern.compile(
            "(?i)^\\s*(signal(l)?ing|pathways?|cascades?|axis|axes|activity|activation|mechanisms?)\\b");
    private static final Pattern DASH = Pattern.compile("[-\u2010-\u2015\u2212]");
    /** "BDNF and downstream mTOR signalling": the second acts after the first. */
    private static final Pattern DOWNSTREAM = Pattern.compile("(?i)\\s*,?\\s*(and\\s+)?(its\\s+)?downstream\\s+");

    int start() {
        return members.get(0).start();
    }

    int end() {
        return members.get(members.size() - 1).end();
    }

    boolean contains(int offset) {
        return offset >= start() && offset < end();
    }

    /**
     * Groups of a sentence's mentions, in text order. Species and disorders form no groups; a
     * class word right before an instance ("the SSRI fluoxetine") only classifies it.
     */
    static List<Group> of(String text, List<Mention> mentions) {
        List<Group> groups = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        int lastEnd = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Role role = Role.of(mention.facet());
            if (role == Role.CONTEXT || (role == Role.AGENT && (namesAnEffect(text, mention) || modifier(text, mention)))
                    || hyphenAt(text, mention.end()) && KIND.matcher(text).region(mention.end(), text.length()).lookingAt()) {
                continue;
            }
            if (!current.isEmpty()) {
                Mention last = current.get(current.size() - 1);
                boolean sameRole = Role.of(last.facet()) == role;
                String between = text.substring(lastEnd, mention.start());
                lastEnd = mention.end();
                if (role == Role.AGENT && sameRole && between.isBlank()) {
                    current.set(current.size() - 1, mention);
                    continue;
                }
                if (sameRole && abbreviation(text, between, mention)) {
                    continue;
                }
                boolean dashed = role == Role.MECHANISM && sameRole && DASH.matcher(between).matches();
                if (sameRole && (dashed || Connectors.join(between))
                        && !opensClause(text, between, mention, i + 1 < mentions.size() ? mentions.get(i + 1) : null)) {
                    current.add(mention);
                    continue;
                }
                groups.add(new Group(List.copyOf(current), Role.of(current.get(0).facet())));
                current.clear();
            }
            lastEnd = mention.end();
            current.add(mention);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current), Role.of(current.get(0).facet())));
        }
        return unlisted(text, groups);
    }

    /**
     * "such as chronic stress, resveratrol restores…", "Unlike the drive of rTMS, SSRIs work…": agents
     * joined only by commas, with no conjunction anywhere, end one phrase and begin another ("Like
     * rTMS, ECT raises BDNF" still says it of both).
     */
    private static List<Group> unlisted(String text, List<Group> groups) {
        List<Group> result = new ArrayList<>();
        for (Group group : groups) {
            if (group.role() != Role.AGENT || group.members().size() < 2
                    || CONJOINED.matcher(text.substring(group.start(), group.end())).find()
                    || LIKE.in(text, group.start())) {
                result.add(group);
                continue;
            }
            for (Mention member : group.members()) {
                result.add(new Group(List.of(member), Role.AGENT));
            }
        }
        return result;
    }

    private static final Pattern CONJOINED = Pattern.compile(
            "(?i)\\b(and|or|nor|plus|both|either|as well as|such as|like|including|e\\.g|i\\.e)\\b|[/&(]");
    /** "Like rTMS, ECT raises BDNF" says it of both. */
    private static final Tail LIKE = Tail.of("(?i)(?<!un)\\blike\\s+$", "like");

    /**
     * Pathway links of a compound such as "AMPAR-BDNF-TrkB-mTOR": consecutive mechanisms joined
     * by a dash (or by a slash when a pathway word follows: "BDNF/TrkB signalling"), upstream
     * first. Empty when the group is plain coordination.
     */
    List<List<Mention>> chains(String text) {
        List<List<Mention>> chains = new ArrayList<>();
        List<Mention> chain = new ArrayList<>();
        Boolean pathway = null; // read only for a slash between members, which few groups have
        for (int i = 0; i < members.size(); i++) {
            Mention member = members.get(i);
            String between = i > 0 ? text.substring(members.get(i - 1).end(), member.start()) : "";
            boolean linked = false;
            if (i > 0 && (DASH.matcher(between).matches() || DOWNSTREAM.matcher(between).matches())) {
                linked = true;
            } else if (i > 0 && SLASH.matcher(between).matches()) {
                if (pathway == null) {
                    pathway = PATHWAY.matcher(text.substring(end())).find();
                }
                linked = pathway;
            }
            if (!linked && chain.size() > 1) {
                chains.add(List.copyOf(chain));
            }
            if (!linked) {
                chain.clear();
            }
            chain.add(member);
        }
        if (chain.size() > 1) {
            chains.add(List.copyOf(chain));
        }
        return chains;
    }
}
