package org.npkg.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.npkg.graph.GraphException;
import org.npkg.graph.Ontology;

/**
 * The ontology lint: reads the folder (a syntax error stops it, with file, line and column) and
 * applies the concept rules and the reference rules. Each problem names the file and line of the
 * concept it is about.
 */
public final class OntologyLint {

    /** What the lint saw and found. */
    public record Result(int files, int concepts, List<Issue> issues) {
        public Result {
            issues = List.copyOf(issues);
        }
    }

    private OntologyLint() {}

    public static Result check(Path dir) throws GraphException {
        Model model = Ontology.load(dir);
        List<Path> files = Ontology.files(dir);
        SourceLines source;
        try {
            source = SourceLines.of(dir, files);
        } catch (IOException e) {
            throw new GraphException(dir, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        Terms terms = new Terms(model);
        ConceptLint conceptLint = new ConceptLint(terms, source);
        List<Resource> concepts = conceptLint.concepts();
        List<Issue> issues = new ArrayList<>(conceptLint.check(concepts));
        issues.addAll(new ReferenceLint(terms, source).check());
        return new Result(files.size(), concepts.size(), issues);
    }
}
