package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "evidence links chronic stress to reduced BDNF", "studies connect atrophy with the action of
 * SSRIs": an active verb of linking names an agent and what it is associated with on either side of
 * its "to" or "with", in either order. The agents on one side are associated with the mechanisms and
 * outcomes on the other; nothing when one side names no agent or the other nothing it could change.
 */
final class Linking {

    private static final Pattern PREPOSITION = Pattern.compile("(?i)\\b(to|with)\\b");

    private final String text;
    private final List<Group> groups;

    Linking(String text, List<Group> groups) {
        this.text = text;
        this.groups = groups;
    }

    /** The association a linking verb states, as claims of the agents on one side about the other side. */
    Optional<DependenceReading.Claim> read(Trigger trigger) {
        if (TriggerReading.AUXILIARY_BEFORE.in(text, trigger.start())) {
            return Optional.empty();
        }
        int end = text.indexOf(';', trigger.end());
        end = end < 0 ? text.length() : end;
        Matcher preposition = PREPOSITION.matcher(text.substring(0, end));
        int pivot = -1;
        for (int from = trigger.end(); preposition.find(from); from = preposition.end()) {
            int at = preposition.start();
            if (groups.stream().anyMatch(g -> g.start() >= trigger.end() && g.end() <= at)) {
                pivot = at;
                break;
            }
        }
        if (pivot < 0) {
            return Optional.empty();
        }
        List<Group> before = within(trigger.end(), pivot);
        List<Group> after = within(pivot, end);
        List<Concept> agents = agents(before);
        List<Group> others = after;
        if (agents.isEmpty()) {
            agents = agents(after);
            others = before;
        }
        List<Mention> objects = new ArrayList<>();
        others.stream().filter(g -> g.role() == Group.Role.MECHANISM || g.role() == Group.Role.OUTCOME)
                .forEach(g -> objects.addAll(g.members()));
        if (agents.isEmpty() || objects.isEmpty()) {
            return Optional.empty();
        }
        Trigger associated = new Trigger(trigger.start(), trigger.end(), Relation.ASSOCIATED_WITH, Trigger.Voice.KEEP, trigger.phrase());
        return Optional.of(new DependenceReading.Claim(agents, associated, objects));
    }

    private List<Group> within(int from, int to) {
        return groups.stream().filter(g -> g.start() >= from && g.end() <= to).toList();
    }

    private static List<Concept> agents(List<Group> side) {
        return side.stream().filter(g -> g.role() == Group.Role.AGENT).flatMap(g -> Roles.concepts(g).stream()).distinct().toList();
    }
}
