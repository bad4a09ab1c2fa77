package org.npkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.extract.Lexicon;
import org.npkg.extract.OntologyLexicon;
import org.npkg.vocabulary.NP;

class OntologyTest {

    @Test
    void theOntologyLoadsAndItsLabelsNeverClash() throws GraphException {
        Model ontology = Ontology.load(Path.of("ontology"));
        assertTrue(ontology.contains(NP.resource("TrkB"), RDF.type, NP.Mechanism));
        Lexicon lexicon = OntologyLexicon.from(ontology);
        assertTrue(lexicon.size() > 500, "lexicon has " + lexicon.size() + " labels");
        assertEquals(java.util.List.of(), lexicon.conflicts());
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.ttl"), "@prefix np: <https://w3id.org/npkg/ontology#> .\nnp:A a np:B .\n");
        Files.writeString(dir.resolve("b.ttl"), "@prefix np: <https://w3id.org/npkg/ontology#> .\n\nnp:C a np:D ;;; np:E .\n");
        GraphException e = assertThrows(GraphException.class, () -> Ontology.load(dir));
        assertEquals(dir.resolve("b.ttl"), e.file());
        assertEquals(3, e.line());
        assertTrue(e.column() > 1);
        assertTrue(e.getMessage().startsWith(dir.resolve("b.ttl") + ":3:"), e.getMessage());
    }

    @Test
    void shapesAreNotPartOfTheOntologyGraph(@TempDir Path dir) throws IOException, GraphException {
        Files.writeString(dir.resolve("core.ttl"), "@prefix np: <https://w3id.org/npkg/ontology#> .\nnp:A a np:B .\n");
        Files.writeString(dir.resolve(Ontology.SHAPES), "this is not turtle");
        assertEquals(1, Ontology.load(dir).size());
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThrows(GraphException.class, () -> Ontology.load(Path.of("no-such-folder")));
    }
}
