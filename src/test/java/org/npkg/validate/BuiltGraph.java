package org.npkg.validate;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.extract.Extractor;
import org.npkg.extract.OntologyLexicon;
import org.npkg.graph.FindingGraph;
import org.npkg.graph.Ontology;
import org.npkg.graph.Rules;
import org.npkg.vocabulary.NP;

/** A real document graph, made by the build's own stages from the small sample report. */
final class BuiltGraph {

    static final Path ROOT = Path.of("src/test/resources/graph");
    static final String FILE = "sample.md";

    private BuiltGraph() {}

    static Model ontology() throws Exception {
        return Ontology.load(Path.of("ontology"));
    }

    static Document document() throws Exception {
        return CorpusReader.builder().build().read(ROOT, ROOT.resolve(FILE));
    }

    /** The sample's graph as a build writes it: the findings, and what the rules derive from them. */
    static Model graph(Model ontology) throws Exception {
        Extractor extractor = Extractor.builder().lexicon(OntologyLexicon.from(ontology)).build();
        Model graph = FindingGraph.of(extractor.extract(document()));
        Rules.load(Path.of("ontology", "rules")).apply(graph, ontology);
        return graph;
    }

    /** Some node of the class, the first by IRI. */
    static Resource first(Model graph, Resource type) {
        return graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, type).toList().stream()
                .min((a, b) -> a.getURI().compareTo(b.getURI())).orElseThrow(() -> new AssertionError("no " + type));
    }

    static Resource firstFinding(Model graph) {
        return first(graph, NP.Finding);
    }
}
