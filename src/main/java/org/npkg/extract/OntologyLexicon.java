package org.npkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.npkg.vocabulary.NP;

/**
 * Reads the lexicon out of the ontology: every individual of a facet class (or a subclass of one)
 * contributes its skos:prefLabel, skos:altLabel and skos:hiddenLabel values. The most specific
 * facet wins, so a np:StructuralOutcome is not read as a generic outcome.
 */
public final class OntologyLexicon {

    /** Facet classes, most specific first. Timescales are not mentions: time spans handle them. */
    private static final Map<Resource, Facet> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put(NP.StructuralOutcome, Facet.STRUCTURAL_OUTCOME);
        FACETS.put(NP.FunctionalOutcome, Facet.FUNCTIONAL_OUTCOME);
        FACETS.put(NP.PlasticityOutcome, Facet.OUTCOME);
        FACETS.put(NP.Intervention, Facet.INTERVENTION);
        FACETS.put(NP.Exposure, Facet.EXPOSURE);
        FACETS.put(NP.Mechanism, Facet.MECHANISM);
        FACETS.put(NP.BrainNetwork, Facet.NETWORK);
        FACETS.put(NP.BrainRegion, Facet.REGION);
        FACETS.put(NP.Species, Facet.SPECIES);
        FACETS.put(NP.Disorder, Facet.DISORDER);
    }

    private OntologyLexicon() {}

    public static Lexicon from(Model ontology) {
        Lexicon.Builder builder = Lexicon.builder();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(individual -> {
            if (!individual.isURIResource()) {
                return;
            }
            Facet facet = facetOf(ontology, individual);
            if (facet == null) {
                return;
            }
            Concept concept = new Concept(individual.getURI(), prefLabel(individual), facet);
            for (Property property : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                individual.listProperties(property).forEachRemaining(s -> builder.add(concept, lexical(s)));
            }
        });
        return builder.build();
    }

    /** The facet of every domain concept, by local name in np:. */
    public static Map<String, Facet> facets(Model ontology) {
        Map<String, Facet> facets = new java.util.HashMap<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(individual -> {
            Facet facet = individual.isURIResource() ? facetOf(ontology, individual) : null;
            if (facet != null && individual.getURI().startsWith(NP.NS)) {
                facets.put(individual.getURI().substring(NP.NS.length()), facet);
            }
        });
        return facets;
    }

    /** The facet of an individual, or null when it is not typed with (a subclass of) a facet class. */
    static Facet facetOf(Model ontology, Resource individual) {
        for (Map.Entry<Resource, Facet> facet : FACETS.entrySet()) {
            for (Statement type : individual.listProperties(RDF.type).toList()) {
                if (isSubClass(ontology, type.getResource(), facet.getKey(), 0)) {
                    return facet.getValue();
                }
            }
        }
        return null;
    }

    private static boolean isSubClass(Model ontology, Resource type, Resource of, int depth) {
        if (type.equals(of)) {
            return true;
        }
        if (depth > 16) {
            return false;
        }
        for (Statement s : ontology.listStatements(type, RDFS.subClassOf, (RDFNode) null).toList()) {
            if (s.getObject().isResource() && isSubClass(ontology, s.getResource(), of, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String prefLabel(Resource individual) {
        Statement label = individual.getProperty(SKOS.prefLabel);
        return label == null ? individual.getLocalName() : lexical(label);
    }

    private static String lexical(Statement statement) {
        RDFNode node = statement.getObject();
        return node.isLiteral() ? ((Literal) node).getLexicalForm() : node.toString();
    }
}
