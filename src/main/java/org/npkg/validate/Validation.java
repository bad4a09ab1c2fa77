package org.npkg.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * What {@code npkg validate} found: the ontology lint, and the SHACL check of the built graph
 * when there was a store and a shapes file to check it with.
 *
 * @param ontology the ontology folder
 * @param lint     the lint of the ontology files
 * @param graph    the graph check, or empty when it did not run ({@link #skipped} says why)
 * @param skipped  why the graph was not checked, or empty
 */
public record Validation(Path ontology, OntologyLint.Result lint, Optional<GraphCheck> graph, Optional<String> skipped) {

    /**
     * The SHACL check of a store.
     *
     * @param store    the store's folder
     * @param shapes   the shapes file
     * @param graphs   document graphs checked
     * @param entries  SHACL results, violations and others
     * @param warnings documents whose offsets could not be checked against their source
     */
    public record GraphCheck(Path store, Path shapes, int graphs, List<ReportEntry> entries, List<Issue> warnings) {
        public GraphCheck {
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
        }

        public long violations() {
            return entries.stream().filter(e -> Severity.Violation.equals(e.severity())).count();
        }
    }

    public long lintViolations() {
        return lint.issues().stream().filter(Issue::isViolation).count();
    }

    public long violations() {
        return lintViolations() + graph.map(GraphCheck::violations).orElse(0L);
    }

    public boolean isValid() {
        return violations() == 0;
    }
}
