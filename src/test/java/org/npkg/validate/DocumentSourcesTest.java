package org.npkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.vocabulary.NP;

/** The document's length comes from its source file only when the file is the one built. */
class DocumentSourcesTest {

    private static Resource document(Model graph) {
        return BuiltGraph.first(graph, NP.Document);
    }

    @Test
    void theLengthOfTheSameFileIsAdded() throws Exception {
        Model graph = BuiltGraph.graph(BuiltGraph.ontology());
        List<Issue> warnings = new DocumentSources(List.of(BuiltGraph.ROOT)).supplyLengths(graph, "store");
        assertEquals(List.of(), warnings);
        assertEquals(BuiltGraph.document().text().length(), document(graph).getProperty(NP.textLength).getInt());
    }

    @Test
    void aChangedFileIsNotTrusted(@TempDir Path corpus) throws Exception {
        Model graph = BuiltGraph.graph(BuiltGraph.ontology());
        Files.writeString(corpus.resolve(BuiltGraph.FILE), BuiltGraph.document().text() + "\nOne more line.\n");
        List<Issue> warnings = new DocumentSources(List.of(corpus)).supplyLengths(graph, "store");
        assertEquals(1, warnings.size());
        assertFalse(warnings.get(0).isViolation());
        assertTrue(warnings.get(0).message().contains("changed since the build"), warnings.get(0).message());
        assertFalse(document(graph).hasProperty(NP.textLength));
    }

    @Test
    void aMissingFileIsAWarning(@TempDir Path corpus) throws Exception {
        Model graph = BuiltGraph.graph(BuiltGraph.ontology());
        List<Issue> warnings = new DocumentSources(List.of(corpus)).supplyLengths(graph, "store");
        assertEquals(List.of("source"), warnings.stream().map(Issue::rule).toList());
        assertTrue(warnings.get(0).message().contains("no such file"), warnings.get(0).message());
    }
}
