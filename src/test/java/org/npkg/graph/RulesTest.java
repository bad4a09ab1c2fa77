package org.npkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.vocabulary.NP;

class RulesTest {

    private static Model ontology;
    private static Rules rules;

    @BeforeAll
    static void load() throws GraphException {
        ontology = Ontology.load(Path.of("ontology"));
        rules = Rules.load(Path.of("ontology", "rules"));
    }

    private static void finding(Model model, String id, Resource subject, Resource object, Resource polarity) {
        model.createResource(NP.id("finding/" + id).getURI())
                .addProperty(RDF.type, NP.Finding)
                .addProperty(NP.subject, subject)
                .addProperty(NP.relation, NP.resource("Increases"))
                .addProperty(NP.object, object)
                .addProperty(NP.polarity, polarity);
    }

    @Test
    void directEdgesComeFromAffirmedFindingsOnly() {
        Model graph = ModelFactory.createDefaultModel();
        finding(graph, "a", NP.resource("RTMS"), NP.resource("BDNF"), NP.Affirmed);
        finding(graph, "b", NP.resource("ECT"), NP.resource("Neurogenesis"), NP.Negated);
        rules.apply(graph, ontology);
        assertTrue(graph.contains(NP.resource("RTMS"), NP.property("increases"), NP.resource("BDNF")));
        assertFalse(graph.contains(NP.resource("ECT"), NP.property("increases"), NP.resource("Neurogenesis")));
    }

    @Test
    void findingsOfTheSameTripleShareOneClaimInEveryDocument() {
        Model first = ModelFactory.createDefaultModel();
        finding(first, "a", NP.resource("RTMS"), NP.resource("BDNF"), NP.Affirmed);
        finding(first, "b", NP.resource("ECT"), NP.resource("BDNF"), NP.Affirmed);
        Model second = ModelFactory.createDefaultModel();
        finding(second, "c", NP.resource("RTMS"), NP.resource("BDNF"), NP.Negated);
        rules.apply(first, ontology);
        rules.apply(second, ontology);

        Resource claim = first.getResource(NP.id("finding/a").getURI()).getPropertyResourceValue(NP.affirms);
        assertTrue(first.contains(claim, RDF.type, NP.Claim));
        assertTrue(first.contains(claim, RDF.subject, NP.resource("RTMS")));
        assertTrue(first.contains(claim, RDF.predicate, NP.property("increases")));
        assertTrue(first.contains(claim, RDF.object, NP.resource("BDNF")));
        assertFalse(claim.equals(first.getResource(NP.id("finding/b").getURI()).getPropertyResourceValue(NP.affirms)),
                "another subject is another claim");
        Resource c = second.getResource(NP.id("finding/c").getURI());
        assertEquals(claim, c.getPropertyResourceValue(NP.denies), "the same triple denied in another document");
        assertFalse(c.hasProperty(NP.affirms));
        assertTrue(second.contains(claim, RDF.subject, NP.resource("RTMS")), "each document describes its claims");
    }

    @Test
    void aBrokenRuleNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.rq"), "# a rule\nCONSTRUCT { ?s ?p ?o }\nWHERE { ?s ?p }\n");
        GraphException e = assertThrows(GraphException.class, () -> Rules.load(dir));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.rq") + ":3:"), e.getMessage());
    }

    @Test
    void aRuleMustBeAConstruct(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("select.rq"), "SELECT * WHERE { ?s ?p ?o }\n");
        assertThrows(GraphException.class, () -> Rules.load(dir));
    }

    @Test
    void noFolderMeansNoRules(@TempDir Path dir) throws GraphException {
        assertEquals(0, Rules.load(dir.resolve("none")).size());
    }
}
