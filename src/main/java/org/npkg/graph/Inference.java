package org.npkg.graph;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.npkg.vocabulary.NP;

/**
 * Materialises what a reasoner would add, so an export stands on its own: the closure rules in
 * {@code ontology/rules/inference/*.rq} (rdf:type through rdfs:subClassOf, skos:broaderTransitive,
 * transitive np:partOf) run over the union of every graph, and their result becomes the named
 * graph {@code npd:graph/inferred}. The rules are files, so what is inferred is readable data.
 */
public final class Inference {

    /** Where the closure rules live, relative to the ontology folder. */
    public static final Path RULES = Path.of("rules", "inference");

    private final Rules rules;

    private Inference(Rules rules) {
        this.rules = rules;
    }

    /** Reads the closure rules of an ontology folder; a missing rules folder infers nothing. */
    public static Inference load(Path ontologyDir) throws GraphException {
        return new Inference(Rules.load(ontologyDir.resolve(RULES)));
    }

    public int size() {
        return rules.size();
    }

    /**
     * Replaces the inferred graph with the closure of every other graph. Call inside a write
     * transaction, after the documents and the ontology are in the dataset.
     */
    public void materialise(Dataset dataset) {
        dataset.removeNamedModel(NP.inferredGraph.getURI());
        Model closure = rules.derive(dataset.getUnionModel());
        dataset.addNamedModel(NP.inferredGraph.getURI(), closure);
    }
}
