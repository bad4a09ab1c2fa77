package org.npkg.store;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.npkg.vocabulary.NP;

/**
 * The prefixes npkg uses when it reads queries and writes RDF: {@code np:}, {@code npd:} and
 * the standard vocabularies the ontology builds on. Namespaces come from the vocabulary
 * classes, so no IRI is spelled out here.
 */
public final class Prefixes {

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix(NP.PREFIX, NP.NS)
            .setNsPrefix(NP.ID_PREFIX, NP.ID)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .lock();

    private Prefixes() {}

    /** The standard npkg prefixes, read-only. */
    public static PrefixMapping standard() {
        return STANDARD;
    }
}
