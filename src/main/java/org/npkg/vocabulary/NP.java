package org.npkg.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The npkg vocabulary ({@code np:}) and the namespace of npkg's instance data ({@code npd:}).
 * This is the only place in the code that spells out an npkg IRI.
 */
public final class NP {

    /** Namespace of the ontology: classes, properties and domain concepts. */
    public static final String NS = "https://w3id.org/npkg/ontology#";
    /** Namespace of instance data: documents, findings, evidence, time spans, graphs. */
    public static final String ID = "https://w3id.org/npkg/id/";
    /** IRI of the ontology itself. */
    public static final String ONTOLOGY = "https://w3id.org/npkg/ontology";

    /** Cited works are written as DOI IRIs under this resolver ({@code dcterms:references}). */
    public static final String DOI_RESOLVER = "https://doi.org/";

    public static final String PREFIX = "np";
    public static final String ID_PREFIX = "npd";

    // Facet classes
    public static final Resource DomainConcept = resource("DomainConcept");
    public static final Resource Intervention = resource("Intervention");
    public static final Resource Mechanism = resource("Mechanism");
    public static final Resource BrainRegion = resource("BrainRegion");
    public static final Resource BrainNetwork = resource("BrainNetwork");
    public static final Resource PlasticityOutcome = resource("PlasticityOutcome");
    public static final Resource StructuralOutcome = resource("StructuralOutcome");
    public static final Resource FunctionalOutcome = resource("FunctionalOutcome");
    public static final Resource Timescale = resource("Timescale");
    public static final Resource Species = resource("Species");
    public static final Resource Disorder = resource("Disorder");
    public static final Resource Exposure = resource("Exposure");

    // Evidence-layer classes
    public static final Resource Finding = resource("Finding");
    public static final Resource Claim = resource("Claim");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Document = resource("Document");
    public static final Resource TimeSpan = resource("TimeSpan");
    public static final Resource RelationKind = resource("RelationKind");
    public static final Resource Polarity = resource("Polarity");
    public static final Resource Certainty = resource("Certainty");

    // Concept schemes
    public static final Resource InterventionScheme = resource("InterventionScheme");

    // Finding properties
    public static final Property subject = property("subject");
    public static final Property relation = property("relation");
    public static final Property object = property("object");
    public static final Property inRegion = property("inRegion");
    public static final Property onset = property("onset");
    public static final Property polarity = property("polarity");
    public static final Property certainty = property("certainty");
    public static final Property species = property("species");
    public static final Property evidence = property("evidence");
    public static final Property subjectInferred = property("subjectInferred");
    public static final Property chain = property("chain");
    public static final Property affirms = property("affirms");
    public static final Property denies = property("denies");

    // Evidence and document properties
    public static final Property text = property("text");
    public static final Property inDocument = property("inDocument");
    public static final Property section = property("section");
    public static final Property charStart = property("charStart");
    public static final Property charEnd = property("charEnd");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property sourcePath = property("sourcePath");
    public static final Property sha256 = property("sha256");
    public static final Property textLength = property("textLength");

    // Time spans
    public static final Property minSeconds = property("minSeconds");
    public static final Property maxSeconds = property("maxSeconds");
    public static final Property scale = property("scale");

    // Anatomy and relation kinds
    public static final Property partOf = property("partOf");
    public static final Property directEdge = property("directEdge");

    // Polarity and certainty values
    public static final Resource Affirmed = resource("Affirmed");
    public static final Resource Negated = resource("Negated");
    public static final Resource Asserted = resource("Asserted");
    public static final Resource Hedged = resource("Hedged");

    // Named graphs
    public static final Resource ontologyGraph = id("graph/ontology");
    /** What the inference rules derive from all other graphs (type, broader and part-of closure). */
    public static final Resource inferredGraph = id("graph/inferred");

    private NP() {}

    /** A term of the ontology namespace by local name, e.g. {@code resource("TrkB")}. */
    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    /** An instance-data IRI, e.g. {@code id("doc/report-1")}. */
    public static Resource id(String path) {
        return ResourceFactory.createResource(ID + path);
    }
}
