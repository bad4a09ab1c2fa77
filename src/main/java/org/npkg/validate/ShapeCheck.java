package org.npkg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.npkg.graph.GraphException;
import org.npkg.graph.Ontology;
import org.npkg.vocabulary.NP;

/**
 * SHACL over a built graph: each document's named graph, with the ontology graph beside it (so
 * sh:class sees the facet hierarchy), against the shapes of {@code shapes.ttl}. One graph at a
 * time, so memory stays bounded by the largest document, not the corpus.
 */
final class ShapeCheck {

    /** The SHACL results of every graph, and the warnings about documents whose length is unknown. */
    record Outcome(int graphs, List<ReportEntry> entries, List<Issue> warnings) {}

    private final Shapes shapes;
    private final Path file;

    private ShapeCheck(Shapes shapes, Path file) {
        this.shapes = shapes;
        this.file = file;
    }

    /** The shapes file of an ontology folder, or empty when it has none. */
    static Optional<ShapeCheck> load(Path ontologyDir) throws GraphException, ValidationException {
        Path file = ontologyDir.resolve(Ontology.SHAPES);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Model model = ModelFactory.createDefaultModel();
        Ontology.read(file, model);
        try {
            return Optional.of(new ShapeCheck(Shapes.parse(model), file));
        } catch (ShaclException e) {
            throw new ValidationException(file, 0, 0, "not valid SHACL: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** Validates every document graph of the dataset; call inside a read transaction. */
    Outcome run(Dataset dataset, DocumentSources sources, String where) {
        Model ontology = ModelFactory.createDefaultModel().add(dataset.getNamedModel(NP.ontologyGraph.getURI()));
        List<ReportEntry> entries = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        int graphs = 0;
        List<String> names = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        names.sort(null);
        for (String name : names) {
            if (name.equals(NP.ontologyGraph.getURI())) {
                continue;
            }
            Model graph = ModelFactory.createDefaultModel().add(dataset.getNamedModel(name));
            warnings.addAll(sources.supplyLengths(graph, where));
            entries.addAll(validate(graph, ontology).getEntries());
            graphs++;
        }
        return new Outcome(graphs, entries, warnings);
    }

    /** One graph with the ontology beside it. */
    ValidationReport validate(Model graph, Model ontology) {
        Model union = ModelFactory.createUnion(graph, ontology);
        return ShaclValidator.get().validate(shapes, union.getGraph());
    }
}
