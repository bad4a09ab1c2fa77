package org.npkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.graph.GraphException;

/** Each lint rule on the tiny ontology with one mistake added in extra.ttl. */
class OntologyLintTest {

    @TempDir
    Path dir;

    private List<Issue> lint(String turtle) throws Exception {
        return OntologyLint.check(TinyOntology.in(dir, turtle)).issues();
    }

    /** The only issue, with its rule and its place: extra.ttl at the given line of the snippet. */
    private Issue only(List<Issue> issues, String rule, int snippetLine) throws Exception {
        assertEquals(1, issues.size(), issues.toString());
        Issue issue = issues.get(0);
        assertEquals(rule, issue.rule(), issue.toString());
        assertTrue(issue.isViolation());
        String where = dir.resolve(TinyOntology.EXTRA) + ":" + (TinyOntology.prefixLines() + snippetLine) + ":";
        assertTrue(issue.where().startsWith(where), issue.where() + " should start with " + where);
        return issue;
    }

    @Test
    void theTinyOntologyAndTheRealOneAreClean() throws Exception {
        OntologyLint.Result tiny = OntologyLint.check(TinyOntology.in(dir, null));
        assertEquals(List.of(), tiny.issues());
        assertEquals(5, tiny.concepts());
        assertEquals(2, tiny.files());
        OntologyLint.Result real = OntologyLint.check(Path.of("ontology"));
        assertEquals(List.of(), real.issues());
        assertTrue(real.concepts() > 300, "concepts: " + real.concepts());
    }

    @Test
    void aConceptNeedsAFacetClass() throws Exception {
        Issue issue = only(lint("\nnp:Foo skos:prefLabel \"foo\"@en ; skos:definition \"A foo.\"@en .\n"), "facet", 2);
        assertTrue(issue.message().startsWith("np:Foo "), issue.message());
    }

    @Test
    void aConceptTypedOnlyWithSkosConceptHasNoFacet() throws Exception {
        only(lint("np:Foo a skos:Concept ; skos:prefLabel \"foo\"@en ; skos:definition \"A foo.\"@en .\n"), "facet", 1);
    }

    @Test
    void aConceptNeedsExactlyOnePrefLabel() throws Exception {
        Issue none = only(lint("np:Foo a np:Mechanism ; skos:altLabel \"foo\"@en ; skos:definition \"A foo.\"@en .\n"),
                "pref-label", 1);
        assertTrue(none.message().contains(" 0 "), none.message());
    }

    @Test
    void twoPrefLabelsAreOneTooMany(@TempDir Path other) throws Exception {
        List<Issue> issues = OntologyLint.check(TinyOntology.in(other,
                "np:Foo a np:Mechanism ;\n  skos:prefLabel \"foo\"@en , \"fooo\"@en ;\n  skos:definition \"A foo.\"@en .\n"))
                .issues();
        assertEquals(List.of("pref-label"), issues.stream().map(Issue::rule).toList());
        assertTrue(issues.get(0).message().contains(" 2 "), issues.get(0).message());
    }

    @Test
    void aConceptNeedsADefinition() throws Exception {
        only(lint("\n\nnp:Foo a np:Mechanism ;\n    skos:prefLabel \"foo\"@en .\n"), "definition", 3);
    }

    @Test
    void aLabelThatNormalisesLikeAnotherConceptsIsAConflict() throws Exception {
        // "Ketamines" is "ketamine" once case and plural are folded, as the extractor folds them.
        Issue issue = only(lint("np:Foo a np:Mechanism ;\n    skos:prefLabel \"foo\"@en ;\n    skos:altLabel \"Ketamines\"@en ;\n"
                + "    skos:definition \"A foo.\"@en .\n"), "label-conflict", 3);
        assertTrue(issue.message().contains("np:Foo") && issue.message().contains("np:Ketamine"), issue.message());
    }

    @Test
    void aLabelThatDiffersOnlyInAnAcronymsCaseIsNoConflict() throws Exception {
        // Short acronyms keep their case: "bdnf" is not "BDNF".
        assertEquals(List.of(), lint("np:Foo a np:Mechanism ; skos:prefLabel \"bdnf\"@en ; skos:definition \"A foo.\"@en .\n"));
    }

    @Test
    void anUndefinedNpIriIsDangling() throws Exception {
        Issue issue = only(lint("np:Foo a np:Mechanism ; skos:prefLabel \"foo\"@en ; skos:definition \"A foo.\"@en ;\n"
                + "    skos:related np:Nowhere .\n"), "dangling", 1);
        assertTrue(issue.message().startsWith("np:Nowhere is used by np:Foo"), issue.message());
    }

    @Test
    void aTypoInAFacetClassIsDanglingAndLeavesTheConceptWithoutAFacet() throws Exception {
        List<Issue> issues = lint("np:Foo a np:Mechansim ; skos:prefLabel \"foo\"@en ; skos:definition \"A foo.\"@en .\n");
        assertEquals(List.of("facet", "dangling"), issues.stream().map(Issue::rule).toList());
    }

    @Test
    void broaderAndPartOfNeedExistingTargets() throws Exception {
        only(lint("np:Foo a np:Mechanism ; skos:prefLabel \"foo\"@en ; skos:definition \"A foo.\"@en ;\n"
                + "    skos:broader np:Nowhere .\n"), "broader", 1);
    }

    @Test
    void partOfNeedsAnExistingTarget() throws Exception {
        only(lint("np:Foo a np:BrainRegion ; skos:prefLabel \"foo\"@en ; skos:definition \"A foo.\"@en ;\n"
                + "    np:partOf \"the brain\" .\n"), "part-of", 1);
    }

    @Test
    void broaderMustNotGoRoundInACircle() throws Exception {
        Issue issue = only(lint("np:Foo a np:Mechanism ; skos:prefLabel \"foo\"@en ; skos:definition \"A foo.\"@en ;\n"
                + "    skos:broader np:Bar .\n"
                + "np:Bar a np:Mechanism ; skos:prefLabel \"bar\"@en ; skos:definition \"A bar.\"@en ;\n"
                + "    skos:broader np:Foo .\n"), "broader-cycle", 3);
        assertTrue(issue.message().endsWith("np:Bar → np:Foo → np:Bar"), issue.message());
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
        GraphException e = assertThrows(GraphException.class,
                () -> lint("np:Foo a np:Mechanism ;\n    skos:prefLabel \"foo\"@en ,, .\n"));
        assertEquals(dir.resolve(TinyOntology.EXTRA), e.file());
        assertEquals(TinyOntology.prefixLines() + 2, e.line());
        assertTrue(e.column() > 0);
    }
}
