package org.npkg.build;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/** What the work on one file gave: its graph, a reuse of the graph already built, or a warning. */
sealed interface Outcome {

    /**
     * The document was read and extracted; {@code graph} is its named graph, {@code warnings}
     * what reading or extracting it had to change, each as {@code file:line:column: message}.
     */
    record Extracted(ManifestEntry entry, Model graph, long bytes, List<String> warnings) implements Outcome {}

    /** The file is unchanged since the last build: its graph in the store stays as it is. */
    record Unchanged(ManifestEntry entry, long bytes) implements Outcome {}

    /** The file could not be read; the build goes on without it. */
    record Skipped(String warning, long bytes) implements Outcome {}

    long bytes();
}
