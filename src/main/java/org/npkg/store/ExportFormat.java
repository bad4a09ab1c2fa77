package org.npkg.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats npkg exports. Quad formats keep one named graph per source document (and the
 * ontology and inferred graphs); triple formats carry the union of all graphs. {@link #KGX} is
 * not RDF: it is a folder of two TSV files for property-graph tools (see org.npkg.export).
 */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY, false, false),
    NTRIPLES(RDFFormat.NTRIPLES, false, true),
    NQUADS(RDFFormat.NQUADS, true, true),
    TRIG(RDFFormat.TRIG_PRETTY, true, false),
    JSONLD(RDFFormat.JSONLD, false, false),
    RDFXML(RDFFormat.RDFXML_PLAIN, false, false),
    KGX(null, false, false);

    private final RDFFormat format;
    private final boolean quads;
    private final boolean lineSorted;

    ExportFormat(RDFFormat format, boolean quads, boolean lineSorted) {
        this.format = format;
        this.quads = quads;
        this.lineSorted = lineSorted;
    }

    /** False for KGX, which {@link Exporter} does not write. */
    public boolean isRdf() {
        return format != null;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public Lang lang() {
        return format == null ? null : format.getLang();
    }

    /** True for formats that carry named graphs (N-Quads, TriG). */
    public boolean isQuads() {
        return quads;
    }

    /** True for line-based formats that npkg writes in sorted order, byte-stable across exports. */
    public boolean isLineSorted() {
        return lineSorted;
    }
}
