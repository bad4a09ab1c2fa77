package org.npkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npkg.vocabulary.NP;

/** The closure rules of ontology/rules/inference on a small graph spread over two named graphs. */
class InferenceTest {

    private static Model inferred;

    @BeforeAll
    static void infer() throws GraphException {
        Model ontology = ModelFactory.createDefaultModel();
        ontology.add(NP.Mechanism, RDFS.subClassOf, NP.DomainConcept);
        ontology.add(NP.DomainConcept, RDFS.subClassOf, SKOS.Concept);
        ontology.add(NP.resource("BDNF"), RDF.type, NP.Mechanism);
        ontology.add(NP.resource("Fluoxetine"), SKOS.broader, NP.resource("SSRIs"));
        ontology.add(NP.resource("SSRIs"), SKOS.broader, NP.resource("Antidepressants"));
        Model regions = ModelFactory.createDefaultModel();
        regions.add(NP.resource("CA1"), NP.partOf, NP.resource("Hippocampus"));
        regions.add(NP.resource("Hippocampus"), NP.partOf, NP.resource("LimbicSystem"));
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(NP.ontologyGraph.getURI(), ontology);
        dataset.addNamedModel(NP.id("doc/x").getURI(), regions);
        Inference inference = Inference.load(Path.of("ontology"));
        assertEquals(3, inference.size());
        inference.materialise(dataset);
        inferred = dataset.getNamedModel(NP.inferredGraph.getURI());
    }

    @Test
    void typesFollowTheClassHierarchy() {
        assertTrue(inferred.contains(NP.resource("BDNF"), RDF.type, NP.DomainConcept));
        assertTrue(inferred.contains(NP.resource("BDNF"), RDF.type, SKOS.Concept));
        assertFalse(inferred.contains(NP.resource("BDNF"), RDF.type, NP.Mechanism), "stated types are not repeated");
    }

    @Test
    void broaderIsClosedAsBroaderTransitive() {
        assertTrue(inferred.contains(NP.resource("Fluoxetine"), SKOS.broaderTransitive, NP.resource("Antidepressants")));
        assertTrue(inferred.contains(NP.resource("Fluoxetine"), SKOS.broaderTransitive, NP.resource("SSRIs")));
        assertFalse(inferred.contains(NP.resource("Antidepressants"), SKOS.broaderTransitive, (org.apache.jena.rdf.model.RDFNode) null));
    }

    @Test
    void partOfIsClosedAcrossGraphs() {
        assertTrue(inferred.contains(NP.resource("CA1"), NP.partOf, NP.resource("LimbicSystem")));
        assertFalse(inferred.contains(NP.resource("CA1"), NP.partOf, NP.resource("Hippocampus")), "stated links are not repeated");
    }
}
