package org.npkg.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.npkg.vocabulary.NP;

/**
 * What the terms of an ontology model are: which np: terms are domain concepts (and so must carry
 * a facet, a label and a definition), which classes are facets, and how to print a term.
 */
final class Terms {

    /** Types that make a term part of the schema rather than a concept. */
    private static final List<Resource> SCHEMA_TYPES = List.of(OWL2.Class, RDFS.Class, OWL2.ObjectProperty,
            OWL2.DatatypeProperty, OWL2.AnnotationProperty, RDF.Property, OWL2.Ontology, SKOS.ConceptScheme);

    private final Model model;
    private final Set<Resource> facets = new HashSet<>();

    Terms(Model model) {
        this.model = model;
        model.listSubjectsWithProperty(RDFS.subClassOf).forEachRemaining(c -> {
            if (!c.equals(NP.DomainConcept) && isSubClassOf(c, NP.DomainConcept, new HashSet<>())) {
                facets.add(c);
            }
        });
    }

    Model model() {
        return model;
    }

    /** A facet class: a subclass (at any depth) of np:DomainConcept. */
    boolean isFacet(Resource type) {
        return facets.contains(type);
    }

    /**
     * An np: term that is neither schema (class, property, scheme, ontology) nor an individual of a
     * schema class such as np:RelationKind or np:Polarity: what curators add to the facet files.
     */
    boolean isConcept(Resource term) {
        if (!term.isURIResource() || !term.getURI().startsWith(NP.NS)) {
            return false;
        }
        for (Statement type : term.listProperties(RDF.type).toList()) {
            RDFNode t = type.getObject();
            if (SCHEMA_TYPES.contains(t) || t.isResource() && isSchemaClass(t.asResource())) {
                return false;
            }
        }
        return true;
    }

    /** A declared class that concepts are not made of: np:RelationKind, np:Polarity, ... */
    private boolean isSchemaClass(Resource type) {
        return model.contains(type, RDF.type, OWL2.Class) && !facets.contains(type) && !type.equals(NP.DomainConcept)
                && !type.equals(SKOS.Concept);
    }

    /** Defined: the subject of an rdf:type statement in the ontology. */
    boolean isDefined(Resource term) {
        return model.contains(term, RDF.type, (RDFNode) null);
    }

    private boolean isSubClassOf(Resource c, Resource of, Set<Resource> seen) {
        if (c.equals(of)) {
            return true;
        }
        if (!seen.add(c)) {
            return false;
        }
        for (Statement s : model.listStatements(c, RDFS.subClassOf, (RDFNode) null).toList()) {
            if (s.getObject().isResource() && isSubClassOf(s.getResource(), of, seen)) {
                return true;
            }
        }
        return false;
    }

    /** {@code np:Ketamine} for np: IRIs, {@code <iri>} otherwise. */
    static String curie(RDFNode node) {
        if (node.isURIResource()) {
            return curie(node.asResource().getURI());
        }
        return node.toString();
    }

    static String curie(String iri) {
        if (iri.startsWith(NP.NS)) {
            return NP.PREFIX + ":" + iri.substring(NP.NS.length());
        }
        return iri.startsWith(NP.ID) ? NP.ID_PREFIX + ":" + iri.substring(NP.ID.length()) : "<" + iri + ">";
    }
}
