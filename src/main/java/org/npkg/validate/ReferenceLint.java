package org.npkg.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.npkg.vocabulary.NP;

/**
 * Rules for the links between terms: every np: IRI that is used is defined somewhere; every
 * skos:broader and np:partOf target exists; neither hierarchy loops back on itself.
 */
final class ReferenceLint {

    private final Terms terms;
    private final SourceLines source;

    ReferenceLint(Terms terms, SourceLines source) {
        this.terms = terms;
        this.source = source;
    }

    List<Issue> check() {
        List<Issue> issues = new ArrayList<>();
        issues.addAll(dangling());
        for (Property link : List.of(SKOS.broader, NP.partOf)) {
            issues.addAll(targets(link));
            issues.addAll(new Cycles(terms.model(), link).find().stream()
                    .map(cycle -> Issue.violation(ruleOf(link) + "-cycle", source.of(Terms.curie(cycle.get(0))), cycle.get(0).getURI(),
                            Terms.curie(link) + " goes round in a circle: " + String.join(" → ",
                                    cycle.stream().map(Terms::curie).toList())))
                    .toList());
        }
        return issues;
    }

    /** np: IRIs used as a predicate, type or value but never defined; links are left to {@link #targets}. */
    private List<Issue> dangling() {
        Map<String, Resource> firstUser = new TreeMap<>();
        for (Statement s : terms.model().listStatements().toList()) {
            if (s.getPredicate().equals(SKOS.broader) || s.getPredicate().equals(NP.partOf)) {
                continue;
            }
            for (RDFNode used : List.of(s.getPredicate(), s.getObject())) {
                if (used.isURIResource() && used.asResource().getURI().startsWith(NP.NS)
                        && !terms.isDefined(used.asResource())) {
                    firstUser.merge(used.asResource().getURI(), s.getSubject(), ReferenceLint::earlier);
                }
            }
        }
        List<Issue> issues = new ArrayList<>();
        firstUser.forEach((iri, user) -> issues.add(Issue.violation("dangling", source.of(Terms.curie(user)), user.getURI(),
                Terms.curie(iri) + " is used by " + Terms.curie(user) + " but defined nowhere (no rdf:type)")));
        return issues;
    }

    private List<Issue> targets(Property link) {
        List<Issue> issues = new ArrayList<>();
        for (Statement s : terms.model().listStatements(null, link, (RDFNode) null).toList()) {
            RDFNode target = s.getObject();
            if (!target.isURIResource() || !terms.isDefined(target.asResource())) {
                String subject = Terms.curie(s.getSubject());
                issues.add(Issue.violation(ruleOf(link), source.of(subject), s.getSubject().getURI(), subject + " " + Terms.curie(link) + " "
                        + Terms.curie(target) + ": the target is not a term of the ontology"));
            }
        }
        return issues;
    }

    private static String ruleOf(Property link) {
        return link.equals(SKOS.broader) ? "broader" : "part-of";
    }

    private static Resource earlier(Resource a, Resource b) {
        return String.valueOf(a).compareTo(String.valueOf(b)) <= 0 ? a : b;
    }

    /** Cycles in one link property, each reported once, starting from its smallest IRI. */
    private static final class Cycles {
        private final Map<Resource, List<Resource>> edges = new HashMap<>();
        private final Map<Resource, Integer> state = new HashMap<>();
        private final Map<String, List<Resource>> found = new LinkedHashMap<>();

        Cycles(Model model, Property link) {
            for (Statement s : model.listStatements(null, link, (RDFNode) null).toList()) {
                if (s.getObject().isResource()) {
                    edges.computeIfAbsent(s.getSubject(), k -> new ArrayList<>()).add(s.getResource());
                }
            }
        }

        List<List<Resource>> find() {
            List<Resource> starts = new ArrayList<>(edges.keySet());
            starts.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            for (Resource start : starts) {
                visit(start, new ArrayList<>());
            }
            return List.copyOf(found.values());
        }

        /** Depth-first; state 1 = on the current path, 2 = done. */
        private void visit(Resource node, List<Resource> path) {
            Integer s = state.get(node);
            if (s != null && s == 2) {
                return;
            }
            if (s != null && s == 1) {
                List<Resource> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
                rotateToSmallest(cycle);
                cycle.add(cycle.get(0));
                found.putIfAbsent(cycle.toString(), cycle);
                return;
            }
            state.put(node, 1);
            path.add(node);
            for (Resource next : edges.getOrDefault(node, List.of())) {
                visit(next, path);
            }
            path.remove(path.size() - 1);
            state.put(node, 2);
        }

        private static void rotateToSmallest(List<Resource> cycle) {
            int min = 0;
            for (int i = 1; i < cycle.size(); i++) {
                if (String.valueOf(cycle.get(i)).compareTo(String.valueOf(cycle.get(min))) < 0) {
                    min = i;
                }
            }
            Collections.rotate(cycle, -min);
        }
    }
}
