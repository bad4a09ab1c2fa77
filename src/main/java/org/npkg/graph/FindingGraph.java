package org.npkg.graph;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.npkg.corpus.Document;
import org.npkg.extract.Concept;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Finding;
import org.npkg.extract.SentenceAnalysis;
import org.npkg.extract.time.TimeSpan;
import org.npkg.text.Sentence;
import org.npkg.vocabulary.NP;

/**
 * Writes one document's extraction as RDF: the document, one np:Evidence per sentence that
 * states a finding, and one n-ary np:Finding per claim. No blank nodes, so the graph of a
 * document is the same on every build.
 */
public final class FindingGraph {


    private FindingGraph() {}

    public static Model of(DocumentExtraction extraction) {
        Model model = ModelFactory.createDefaultModel();
        Document document = extraction.document();
        Resource doc = Iris.document(document.id());
        doc.inModel(model)
                .addProperty(RDF.type, NP.Document)
                .addProperty(RDFS.label, document.path())
                .addProperty(NP.sourcePath, document.path())
                .addProperty(NP.sha256, Iris.sha256(document.text()));
        for (SentenceAnalysis analysis : extraction.sentences()) {
            if (!analysis.findings().isEmpty()) {
                Resource evidence = evidence(model, document.id(), doc, analysis.sentence());
                for (Finding finding : analysis.findings()) {
                    finding(model, document.id(), analysis.sentence(), finding, evidence);
                }
            }
        }
        return model;
    }

    private static Resource evidence(Model model, String documentId, Resource doc, Sentence sentence) {
        Resource evidence = model.createResource(Iris.evidence(documentId, sentence.start(), sentence.end()).getURI())
                .addProperty(RDF.type, NP.Evidence)
                .addProperty(NP.text, sentence.display())
                .addProperty(NP.inDocument, doc)
                .addProperty(NP.section, String.join(" > ", sentence.section()))
                .addLiteral(NP.charStart, integer(sentence.start()))
                .addLiteral(NP.charEnd, integer(sentence.end()))
                .addLiteral(NP.sentenceIndex, integer(sentence.index()));
        for (String doi : sentence.dois()) {
            evidence.addProperty(DCTerms.references, model.createResource(NP.DOI_RESOLVER + doi));
        }
        return evidence;
    }

    private static void finding(Model model, String documentId, Sentence sentence, Finding finding, Resource evidence) {
        Resource node = model.createResource(Iris.finding(documentId, sentence.start(), finding.key()).getURI())
                .addProperty(RDF.type, NP.Finding)
                .addProperty(NP.subject, concept(finding.subject()))
                .addProperty(NP.relation, NP.resource(finding.relation().localName()))
                .addProperty(NP.object, concept(finding.object()))
                .addProperty(NP.polarity, finding.negated() ? NP.Negated : NP.Affirmed)
                .addProperty(NP.certainty, finding.hedged() ? NP.Hedged : NP.Asserted)
                .addLiteral(NP.subjectInferred, model.createTypedLiteral(finding.subjectInferred()))
                .addProperty(NP.evidence, evidence);
        finding.regions().forEach(region -> node.addProperty(NP.inRegion, concept(region)));
        finding.species().forEach(species -> node.addProperty(NP.species, concept(species)));
        finding.chain().ifPresent(chain -> node.addProperty(NP.chain, chain));
        finding.onset().ifPresent(span -> node.addProperty(NP.onset, timeSpan(model, documentId, sentence, span)));
    }

    private static Resource timeSpan(Model model, String documentId, Sentence sentence, TimeSpan span) {
        Resource node = model.createResource(Iris.timeSpan(documentId, sentence.start(), span.start(), span.end()).getURI())
                .addProperty(RDF.type, NP.TimeSpan)
                .addProperty(NP.text, span.text())
                .addLiteral(NP.minSeconds, decimal(span.minSeconds()))
                .addProperty(NP.scale, NP.resource(scaleName(span)));
        span.maxSeconds().ifPresent(max -> node.addLiteral(NP.maxSeconds, decimal(max)));
        return node;
    }

    /** np:Hours for Scale.HOURS: the ontology's timescale individuals share the enum's names. */
    private static String scaleName(TimeSpan span) {
        String name = span.scale().name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static Resource concept(Concept concept) {
        return ResourceFactory.createResource(concept.iri());
    }

    private static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Literal decimal(double value) {
        return ResourceFactory.createTypedLiteral(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
