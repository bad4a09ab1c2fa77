package org.npkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * A second opinion on the ontology from tools that share no code with Jena: the OWL API's OWL 2 DL
 * profile check (every term declared, no illegal punning, annotations only on annotation
 * properties) and HermiT's consistency check (the domains, ranges, disjointness and functional
 * properties do not contradict each other).
 */
class OntologyDlTest {

    private static OWLOntology ontology;

    @BeforeAll
    static void load() throws Exception {
        ontology = owl(Ontology.load(Path.of("ontology")));
    }

    /** The merged folder, as npkg reads it, handed to the OWL API as Turtle. */
    static OWLOntology owl(Model model) throws Exception {
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, model, Lang.TURTLE);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return manager.loadOntologyFromOntologyDocument(new StringDocumentSource(turtle.toString()));
    }

    @Test
    void isInTheOwl2DlProfile() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        assertTrue(violations.isEmpty(), violations.size() + " violations, first ones:\n"
                + String.join("\n", violations.stream().limit(40).map(Object::toString).toList()));
    }

    @Test
    void isConsistent() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent());
            assertEquals(0, reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().size(),
                    reasoner.getUnsatisfiableClasses().toString());
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void theChecksCanFail() throws Exception {
        Model model = Ontology.load(Path.of("ontology"));
        model.add(model.createResource(org.npkg.vocabulary.NP.NS + "Odd"), model.createProperty(org.npkg.vocabulary.NP.NS, "undeclared"),
                model.createResource(org.npkg.vocabulary.NP.NS + "Ketamine"));
        assertFalse(new OWL2DLProfile().checkOntology(owl(model)).isInProfile());
        Model contradiction = Ontology.load(Path.of("ontology"));
        contradiction.add(org.npkg.vocabulary.NP.resource("Spinogenesis"), org.apache.jena.vocabulary.RDF.type,
                org.npkg.vocabulary.NP.FunctionalOutcome);
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(owl(contradiction));
        try {
            assertFalse(reasoner.isConsistent(), "a structural outcome typed functional too contradicts owl:disjointWith");
        } finally {
            reasoner.dispose();
        }
    }
}
