package org.npkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.npkg.extract.time.TimeSpan;

/**
 * What the clause around a trigger adds to the finding it states: negation and hedging in scope,
 * the regions the clause names, the time span that says when, and the sentence's species.
 */
final class ClauseContext {

    private final SentenceAnalysis.Parts parts;
    private final List<Group> groups;
    private final Roles roles;

    ClauseContext(SentenceAnalysis.Parts parts, List<Group> groups, Roles roles) {
        this.parts = parts;
        this.groups = groups;
        this.roles = roles;
    }

    /** The finding that {@code subject} acts on {@code objectMention} as {@code trigger} says; empty when they are one concept. */
    Optional<Finding> finding(Concept subject, Trigger trigger, Mention objectMention, int clauseStart, int clauseEnd,
            boolean inferred, Optional<String> chain) {
        Concept object = objectMention.concept();
        if (subject.iri().equals(object.iri())) {
            return Optional.empty();
        }
        boolean negated = parts.covered(Cue.Kind.NEGATION, trigger.start())
                || parts.negatedBetween(trigger.end(), objectMention.start());
        boolean hedged = parts.covered(Cue.Kind.HEDGE, trigger.start());
        return Optional.of(new Finding(subject, trigger.relation(), object, regions(object, clauseStart, clauseEnd),
                onset(trigger, subject, clauseStart, clauseEnd), negated, hedged, parts.species(), inferred, chain,
                trigger.start(), trigger.end()));
    }

    /** The regions and networks the clause names, but the object itself. */
    private List<Concept> regions(Concept object, int clauseStart, int clauseEnd) {
        List<Concept> regions = new ArrayList<>();
        for (Group group : groups) {
            if (group.role() == Group.Role.ANATOMY && group.start() >= clauseStart && group.end() <= clauseEnd) {
                for (Concept region : Roles.concepts(group)) {
                    if (!region.iri().equals(object.iri()) && !regions.contains(region)) {
                        regions.add(region);
                    }
                }
            }
        }
        return List.copyOf(regions);
    }

    /**
     * The time span nearest the trigger in its clause, unless it sits in an aside the trigger is not
     * in or is part of the name of a concept other than the subject ("impaired by chronic stress" says
     * how long the stress lasts); a measured one ("after 3 weeks") before a word ("chronic") that only
     * says how long roughly.
     */
    private Optional<TimeSpan> onset(Trigger trigger, Concept subject, int clauseStart, int clauseEnd) {
        if (parts.spans().isEmpty()) {
            return Optional.empty(); // most sentences say no time: no stream for each of their findings
        }
        return parts.spans().stream()
                .filter(span -> span.start() >= clauseStart && span.end() <= clauseEnd)
                .filter(span -> roles.parenthesis(span.start()) == roles.parenthesis(trigger.start()))
                .filter(span -> parts.mentions().stream().noneMatch(m -> m.start() <= span.start() && span.end() <= m.end()
                        && !m.concept().equals(subject)))
                .min(Comparator.comparing(TimeSpan::qualitative)
                        .thenComparingInt(span -> Math.abs(span.start() - trigger.start())));
    }
}
