package org.npkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.vocabulary.NP;

/** ontology/shapes.ttl on a real document graph, then on the same graph with one fault put in. */
class ShapeCheckTest {

    private static Model ontology;
    private static ShapeCheck shapes;
    private Model graph;

    @BeforeAll
    static void load() throws Exception {
        ontology = BuiltGraph.ontology();
        shapes = ShapeCheck.load(Path.of("ontology")).orElseThrow();
    }

    @BeforeEach
    void build() throws Exception {
        graph = BuiltGraph.graph(ontology);
        new DocumentSources(List.of(BuiltGraph.ROOT)).supplyLengths(graph, "test");
    }

    /** The one result of the report: its focus node and path. */
    private static ReportEntry only(ValidationReport report) {
        assertEquals(1, report.getEntries().size(), report.getEntries().toString());
        return report.getEntries().iterator().next();
    }

    private static Node path(ReportEntry entry) {
        return entry.resultPath() instanceof P_Link link ? link.getNode() : null;
    }

    @Test
    void aBuiltGraphConforms() {
        assertTrue(graph.listSubjectsWithProperty(RDF.type, NP.Finding).hasNext());
        assertTrue(graph.listSubjectsWithProperty(NP.textLength).hasNext(), "the length was supplied");
        ValidationReport report = shapes.validate(graph, ontology);
        assertTrue(report.conforms(), report.getEntries().toString());
    }

    @Test
    void aFindingWithoutPolarityViolates() {
        Resource finding = BuiltGraph.firstFinding(graph);
        graph.removeAll(finding, NP.polarity, null);
        ReportEntry entry = only(shapes.validate(graph, ontology));
        assertEquals(finding.asNode(), entry.focusNode());
        assertEquals(NP.polarity.asNode(), path(entry));
    }

    @Test
    void aFindingWithAnUnknownSubjectViolates() {
        Resource finding = BuiltGraph.firstFinding(graph);
        graph.removeAll(finding, NP.subject, null).add(finding, NP.subject, NP.resource("NoSuchConcept"));
        ValidationReport report = shapes.validate(graph, ontology);
        assertTrue(report.getEntries().stream().allMatch(e -> e.focusNode().equals(finding.asNode())));
        assertTrue(report.getEntries().stream().anyMatch(e -> NP.subject.asNode().equals(path(e))),
                report.getEntries().toString());
        // Its claim no longer states its subject either.
        assertEquals(2, report.getEntries().size(), report.getEntries().toString());
    }

    @Test
    void aFindingMustStateItsClaimAsItsPolaritySays() {
        Resource finding = BuiltGraph.firstFinding(graph);
        boolean affirmed = finding.hasProperty(NP.polarity, NP.Affirmed);
        Property stance = affirmed ? NP.affirms : NP.denies;
        Resource claim = finding.getPropertyResourceValue(stance);
        graph.removeAll(finding, stance, null).add(finding, affirmed ? NP.denies : NP.affirms, claim);
        ReportEntry entry = only(shapes.validate(graph, ontology));
        assertEquals(finding.asNode(), entry.focusNode());
        assertTrue(entry.message().contains("claim"), entry.message());
    }

    @Test
    void aClaimWithoutItsObjectViolates() {
        Resource claim = BuiltGraph.first(graph, NP.Claim);
        graph.removeAll(claim, RDF.object, null);
        ValidationReport report = shapes.validate(graph, ontology);
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(claim.asNode())
                && RDF.object.asNode().equals(path(e))), report.getEntries().toString());
    }

    @Test
    void evidenceMustStartBeforeItEnds() {
        Resource evidence = BuiltGraph.first(graph, NP.Evidence);
        int end = evidence.getProperty(NP.charEnd).getInt();
        replace(evidence, NP.charStart, end);
        ValidationReport report = shapes.validate(graph, ontology);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().allMatch(e -> e.focusNode().equals(evidence.asNode())));
        // sh:lessThan, and the sentence no longer fits its (now empty) span.
        assertTrue(report.getEntries().stream().anyMatch(e -> NP.charStart.asNode().equals(path(e))),
                report.getEntries().toString());
        assertEquals(2, report.getEntries().size(), report.getEntries().toString());
    }

    @Test
    void evidenceMustEndInsideItsDocument() throws Exception {
        Resource evidence = BuiltGraph.first(graph, NP.Evidence);
        int length = BuiltGraph.document().text().length();
        int start = evidence.getProperty(NP.charStart).getInt();
        replace(evidence, NP.charEnd, length + 1);
        ReportEntry entry = only(shapes.validate(graph, ontology));
        assertEquals(evidence.asNode(), entry.focusNode());
        assertTrue(entry.message().contains(String.valueOf(length)), entry.message());
        replace(evidence, NP.charEnd, length);
        assertTrue(start < length);
        // At the very end is inside; the text is then shorter than the span, which is allowed.
        assertTrue(shapes.validate(graph, ontology).conforms());
    }

    @Test
    void withoutTheDocumentsLengthOnlyTheOffsetsOwnOrderIsChecked() throws Exception {
        Model bare = BuiltGraph.graph(ontology);
        Resource evidence = BuiltGraph.first(bare, NP.Evidence);
        bare.removeAll(evidence, NP.charEnd, null)
                .addLiteral(evidence, NP.charEnd, bare.createTypedLiteral("100000", XSDDatatype.XSDinteger));
        assertTrue(shapes.validate(bare, ontology).conforms());
    }

    @Test
    void aTimeSpanMustNotEndBeforeItStarts() {
        Resource span = BuiltGraph.first(graph, NP.TimeSpan);
        BigDecimal min = span.getProperty(NP.minSeconds).getLiteral().getValue() instanceof BigDecimal d ? d
                : new BigDecimal(span.getProperty(NP.minSeconds).getString());
        graph.removeAll(span, NP.maxSeconds, null)
                .add(span, NP.maxSeconds, min.subtract(BigDecimal.ONE).toPlainString(), XSDDatatype.XSDdecimal);
        ReportEntry entry = only(shapes.validate(graph, ontology));
        assertEquals(span.asNode(), entry.focusNode());
        assertEquals(NP.minSeconds.asNode(), path(entry));
    }

    @Test
    void aMissingShapesFileMeansNoGraphCheck(@TempDir Path dir) throws Exception {
        assertFalse(ShapeCheck.load(dir).isPresent());
        Files.writeString(dir.resolve("shapes.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n");
        assertTrue(ShapeCheck.load(dir).isPresent());
    }

    private void replace(Resource node, Property property, long value) {
        graph.removeAll(node, property, null)
                .add(node, property, Long.toString(value), XSDDatatype.XSDinteger);
    }
}
