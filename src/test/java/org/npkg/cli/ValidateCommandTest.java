package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.extract.Extractor;
import org.npkg.extract.OntologyLexicon;
import org.npkg.graph.FindingGraph;
import org.npkg.graph.Iris;
import org.npkg.graph.Ontology;
import org.npkg.graph.Rules;
import org.npkg.store.Store;
import org.npkg.vocabulary.NP;

/** {@code npkg validate}: exit 0 when clean, 1 on violations, 2 when an input cannot be read. */
class ValidateCommandTest {

    private static final Path SAMPLE_ROOT = Path.of("src/test/resources/graph");

    @TempDir
    Path temp;

    private Path copyOfOntology() throws Exception {
        Path dir = temp.resolve("ontology");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /** A store with the ontology graph and the sample's graph; {@code spoil} may break the latter. */
    private Path store(boolean dropPolarity) throws Exception {
        Model ontology = Ontology.load(Path.of("ontology"));
        Document doc = CorpusReader.builder().build().read(SAMPLE_ROOT, SAMPLE_ROOT.resolve("sample.md"));
        Model graph = FindingGraph.of(Extractor.builder().lexicon(OntologyLexicon.from(ontology)).build().extract(doc));
        Rules.load(Path.of("ontology", "rules")).apply(graph, ontology);
        if (dropPolarity) {
            Resource finding = graph.listSubjectsWithProperty(RDF.type, NP.Finding).next();
            graph.removeAll(finding, NP.polarity, null);
        }
        Path dir = temp.resolve("store");
        Store.at(dir).rebuild(ds -> Txn.executeWrite(ds, () -> {
            ds.addNamedModel(NP.ontologyGraph.getURI(), ontology);
            ds.addNamedModel(Iris.document(doc.id()).getURI(), graph);
        }));
        return dir;
    }

    @Test
    void theRealOntologyWithoutAStoreIsValid() {
        CliRun run = CliRun.of("validate", "--store", temp.resolve("none").toString());
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(run.out().contains("no problems"), run.toString());
        assertTrue(run.out().contains("Graph not checked"), run.toString());
    }

    @Test
    void aCleanStoreIsValidAndItsOffsetsAreCheckedAgainstTheSource() throws Exception {
        CliRun run = CliRun.of("validate", "--store", store(false).toString(), "--corpus", SAMPLE_ROOT.toString());
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(run.out().contains("1 document graphs"), run.toString());
        assertFalse(run.out().contains("warning["), run.toString());
    }

    @Test
    void aGraphViolationExitsOneAndNamesTheProperty() throws Exception {
        Path store = store(true);
        CliRun run = CliRun.of("validate", "--store", store.toString(), "--corpus", SAMPLE_ROOT.toString());
        assertEquals(ExitCode.FAILURE.code(), run.code(), run.toString());
        assertTrue(run.out().contains("np:polarity: error[shacl]"), run.toString());
        assertTrue(run.out().contains("Not valid: 1 violation."), run.toString());

        CliRun turtle = CliRun.of("validate", "--store", store.toString(), "--corpus", SAMPLE_ROOT.toString(),
                "--format", "turtle");
        assertEquals(ExitCode.FAILURE.code(), turtle.code(), turtle.toString());
        Model report = ModelFactory.createDefaultModel();
        RDFDataMgr.read(report, new ByteArrayInputStream(turtle.outBytes()), Lang.TURTLE);
        String sh = "http://www.w3.org/ns/shacl#";
        assertTrue(report.containsLiteral(null, report.createProperty(sh, "conforms"), false));
        assertEquals(1, report.listSubjectsWithProperty(report.createProperty(sh, "resultPath"), NP.polarity).toList().size());
    }

    @Test
    void aLintProblemExitsOneAndIsInTheTurtleReport() throws Exception {
        Path ontology = copyOfOntology();
        Files.writeString(ontology.resolve("zz-new.ttl"), """
                @prefix np:   <%s> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                np:Undefined a np:Mechanism ; skos:prefLabel "undefined thing"@en .
                """.formatted(NP.NS));
        String[] args = {"validate", "--ontology", ontology.toString(), "--store", temp.resolve("none").toString()};
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.FAILURE.code(), run.code(), run.toString());
        assertTrue(run.out().contains(ontology.resolve("zz-new.ttl") + ":3:1: error[definition]: np:Undefined"), run.toString());

        String[] turtle = {args[0], args[1], args[2], args[3], args[4], "-f", "turtle"};
        CliRun report = CliRun.of(turtle);
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(report.outBytes()), Lang.TURTLE);
        assertTrue(model.contains(null, model.createProperty("http://www.w3.org/ns/shacl#", "focusNode"),
                NP.resource("Undefined")), report.toString());
    }

    @Test
    void aSyntaxErrorExitsTwoWithFileLineAndColumn() throws Exception {
        Path ontology = copyOfOntology();
        Files.writeString(ontology.resolve("zz-broken.ttl"), "@prefix np: <" + NP.NS + "> .\nnp:Broken a a .\n");
        CliRun run = CliRun.of("validate", "--ontology", ontology.toString());
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[ontology]: " + ontology.resolve("zz-broken.ttl") + ":2:"), run.toString());
    }

    @Test
    void aBrokenShapesFileExitsTwo() throws Exception {
        Path ontology = copyOfOntology();
        Files.writeString(ontology.resolve("shapes.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n[ sh:path ;\n");
        CliRun run = CliRun.of("validate", "--ontology", ontology.toString());
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().contains("shapes.ttl:2:"), run.toString());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), CliRun.of("validate", "--format", "xml").code());
    }
}
