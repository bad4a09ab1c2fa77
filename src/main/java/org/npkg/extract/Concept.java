package org.npkg.extract;

/** A domain concept of the ontology as the extractor sees it: its IRI, preferred label and facet. */
public record Concept(String iri, String label, Facet facet) {}
