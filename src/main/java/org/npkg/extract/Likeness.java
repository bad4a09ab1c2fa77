package org.npkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "fluoxetine potentiates BDNF signalling (as with psychedelics)", "Like other NMDAR antagonists,
 * ketamine binds NMDARs", "increased EPSCs, paralleling ketamine's effects", "the same cascades as
 * rTMS", "to a greater extent than ketamine": an agent compared in what it does shares the findings of
 * the agent it is compared with. A contrast ("rather than", "unlike") states nothing of this kind.
 */
final class Likeness {

    private static final Pattern ALIKE = Pattern.compile("(?i)(\\bas with|(^|[,;(–—]\\s*)like(\\s+(other|many|all|most))?"
            + "|\\bparallel(ing|s)|\\bmirror(ing|s)|\\bsimilar(ly)? to|(?<!rather )(?<!other )\\bthan(\\s+(did|do|does|with|for|after|following))?|\\bthe same (?!time\\b)[\\w\\-]+(\\s+[\\w\\-]+){0,3}\\s+as)"
            + "\\s+(the\\s+|that of\\s+|those of\\s+)?(([\\w\\-]+\\s+)?(effects?|actions?)\\s+of\\s+(the\\s+)?)?$");

    /** "longer than rTMS (weeks) or psychedelics (hours)": an agent listed after one compared is compared too. */
    private static final Pattern LISTED = Pattern.compile("(?i)\\s*(\\([^()]{1,30}\\))?\\s*,?\\s*(and|or)\\s+(the\\s+)?");

    /** Words ALIKE's text can end with: the last word of each opening, "the" or "of". */
    private static final String[] ALIKE_LAST = {"with", "like", "other", "many", "all", "most", "paralleling", "parallels",
        "mirroring", "mirrors", "to", "than", "did", "do", "does", "for", "after", "following", "as", "the", "of"};

    /** A word every opening of ALIKE holds: "as with", "like", "parallel…", "mirror…", "similar…", "than", "the same". */
    private static final String[] OPENINGS = {"as with", "like", "parallel", "mirror", "similar", "than", "same"};

    private final String text;
    private final List<Group> groups;

    Likeness(String text, List<Group> groups) {
        this.text = text;
        this.groups = groups;
    }

    /** Whether the window holds a word ALIKE opens with (a necessary condition: "of" and "the" end many windows). */
    private static boolean namesAnOpening(String window) {
        String lower = window.toLowerCase(java.util.Locale.ROOT);
        for (String opening : OPENINGS) {
            if (lower.contains(opening)) {
                return true;
            }
        }
        return false;
    }

    /** The findings the sentence's agents have, stated again for each agent named as alike. */
    List<Finding> shared(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of(); // nothing to share: the words before the agents need not be read
        }
        List<Finding> shared = new ArrayList<>();
        Group previousAlike = null;
        for (Group group : groups) {
            if (group.role() != Group.Role.AGENT) {
                continue;
            }
            boolean listed = previousAlike != null
                    && LISTED.matcher(text.substring(previousAlike.end(), group.start())).matches();
            if (!listed && !namedAlike(group.start())) {
                previousAlike = null;
                continue;
            }
            List<Concept> compared = compared(listed ? previousAlike : group);
            previousAlike = group;
            for (Concept alike : Roles.concepts(group)) {
                for (Finding f : findings) {
                    if (compared.contains(f.subject()) && !f.subjectInferred() && f.chain().isEmpty()
                            && !f.subject().equals(alike) && !f.object().equals(alike)
                            && (f.triggerStart() < group.start() || f.triggerStart() > group.end())) {
                        shared.add(new Finding(alike, f.relation(), f.object(), f.regions(), f.onset(), f.negated(),
                                f.hedged(), f.species(), false, f.chain(), f.triggerStart(), f.triggerEnd()));
                    }
                }
            }
        }
        return shared;
    }

    /** Whether the words before {@code start} name what follows as alike; cheap word checks first. */
    private boolean namedAlike(int start) {
        int from = Math.max(0, start - 50);
        return Tail.endsWithAny(text, start, ALIKE_LAST) && namesAnOpening(text.substring(from, start))
                && ALIKE.matcher(text).region(from, start).find();
    }

    /** The agent the alike one is compared with: the nearest before it, or else the first after it ("Like X, Y …"). */
    private List<Concept> compared(Group alike) {
        Group nearest = null;
        for (Group group : groups) {
            if (group.role() == Group.Role.AGENT && group.end() <= alike.start()) {
                nearest = group;
            } else if (group.role() == Group.Role.AGENT && group.start() >= alike.end() && nearest == null) {
                return Roles.concepts(group);
            }
        }
        return nearest == null ? List.of() : Roles.concepts(nearest);
    }
}
