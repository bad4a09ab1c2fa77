package org.npkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.extract.Extractor;
import org.npkg.extract.OntologyLexicon;
import org.npkg.vocabulary.NP;

class FindingGraphTest {

    private static final Path ROOT = Path.of("src/test/resources/graph");
    private static Document document;
    private static Extractor extractor;

    @BeforeAll
    static void read() throws Exception {
        document = CorpusReader.builder().build().read(ROOT, ROOT.resolve("sample.md"));
        extractor = Extractor.builder().lexicon(OntologyLexicon.from(Ontology.load(Path.of("ontology")))).build();
    }

    private static Model graph() {
        return FindingGraph.of(extractor.extract(document));
    }

    private static Resource findingAbout(Model model, String subject, String object) {
        List<Resource> found = model.listResourcesWithProperty(NP.subject, NP.resource(subject))
                .filterKeep(f -> f.hasProperty(NP.object, NP.resource(object))).toList();
        assertEquals(1, found.size(), subject + " → " + object);
        return found.get(0);
    }

    @Test
    void aFindingLinksToItsEvidenceAndTheEvidenceToItsPlace() {
        Model model = graph();
        Resource finding = findingAbout(model, "Ketamine", "DendriticSpineDensity");
        assertTrue(finding.hasProperty(NP.relation, NP.resource("Increases")));
        assertTrue(finding.hasProperty(NP.polarity, NP.Affirmed));
        assertTrue(finding.hasProperty(NP.inRegion, NP.resource("MedialPrefrontalCortex")));
        assertTrue(finding.hasProperty(NP.species, NP.resource("Rat")));
        Resource evidence = finding.getPropertyResourceValue(NP.evidence);
        int start = evidence.getProperty(NP.charStart).getInt();
        int end = evidence.getProperty(NP.charEnd).getInt();
        assertTrue(document.text().substring(start, end).startsWith("Ketamine increases spine density"));
        assertEquals("Ketamine", evidence.getProperty(NP.section).getString());
        assertTrue(evidence.hasProperty(NP.inDocument, Iris.document(document.id())));
        assertTrue(evidence.hasProperty(DCTerms.references, model.createResource("https://doi.org/10.1000/abc")));
        Resource onset = finding.getPropertyResourceValue(NP.onset);
        assertEquals(86400, onset.getProperty(NP.maxSeconds).getInt());
        assertTrue(onset.hasProperty(RDF.type, NP.TimeSpan));
    }

    @Test
    void negatedClaimsAreWrittenAsNegated() {
        Model model = graph();
        assertTrue(findingAbout(model, "RTMS", "Neurogenesis").hasProperty(NP.polarity, NP.Negated));
        assertTrue(findingAbout(model, "ECT", "Neurogenesis").hasProperty(NP.polarity, NP.Negated));
    }

    @Test
    void theGraphHasNoBlankNodesAndIsTheSameOnEveryRun() {
        Model first = graph();
        Model second = graph();
        for (Statement s : first.listStatements().toList()) {
            RDFNode object = s.getObject();
            assertFalse(s.getSubject().isAnon() || object.isAnon(), s.toString());
        }
        assertTrue(first.isIsomorphicWith(second));
        assertEquals(first.size(), first.intersection(second).size());
    }
}
