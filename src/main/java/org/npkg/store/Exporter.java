package org.npkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a dataset in one {@link ExportFormat}. Quad formats write every named graph (and the
 * default graph, if it holds anything); triple formats write the union of all graphs. JSON-LD is
 * compact, under npkg's context.
 * N-Triples and N-Quads are written as sorted, de-duplicated lines so that two exports of
 * the same store are byte-identical.
 *
 * <p>Call inside a read transaction. The sorted and pretty writers hold the exported graph in
 * memory; that is fine at corpus scale and is the price of a deterministic order.
 */
public final class Exporter {

    private final ExportFormat format;
    private final JsonLdCompact jsonLd;

    private Exporter(ExportFormat format, JsonLdCompact jsonLd) {
        this.format = format;
        this.jsonLd = jsonLd;
    }

    /** An exporter; JSON-LD is compacted with a context of npkg's prefixes. */
    public static Exporter of(ExportFormat format) {
        return new Exporter(format, JsonLdCompact.withPrefixes());
    }

    /** An exporter whose JSON-LD is compacted with the context of a file (e.g. ontology/context.jsonld). */
    public static Exporter of(ExportFormat format, Path jsonLdContext) {
        return new Exporter(format, JsonLdCompact.withContext(jsonLdContext));
    }

    public void write(Dataset dataset, OutputStream out) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException(format + " is not an RDF format; see org.npkg.export.KgxExporter");
        }
        DatasetGraph source = dataset.asDatasetGraph();
        if (format.isLineSorted()) {
            writeSortedLines(format.isQuads() ? quadLines(source) : tripleLines(source), out);
        } else if (format == ExportFormat.JSONLD) {
            jsonLd.write(union(source), out);
        } else if (format.isQuads()) {
            RDFWriter.source(withPrefixes(source)).format(format.rdfFormat()).output(out);
        } else {
            RDFWriter.source(union(source)).format(format.rdfFormat()).output(out);
        }
    }

    /** Every quad of the dataset, in named graphs and the default graph, with npkg's prefixes. */
    private static DatasetGraph withPrefixes(DatasetGraph source) {
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.prefixes().putAll(Prefixes.standard());
        copy.prefixes().putAll(source.prefixes());
        source.find().forEachRemaining(copy::add);
        return copy;
    }

    /** The default graph plus every named graph, as one graph, with npkg's prefixes. */
    static Graph union(DatasetGraph source) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        source.find().forEachRemaining(q -> graph.add(q.asTriple()));
        return graph;
    }

    private static TreeSet<String> quadLines(DatasetGraph source) {
        TreeSet<String> lines = new TreeSet<>();
        for (Iterator<Quad> it = source.find(); it.hasNext(); ) {
            Quad q = it.next();
            lines.add(q.isDefaultGraph()
                    ? NodeFmtLib.strNT(q.asTriple()) : NodeFmtLib.strNQ(q));
        }
        return lines;
    }

    private static TreeSet<String> tripleLines(DatasetGraph source) {
        TreeSet<String> lines = new TreeSet<>();
        source.find().forEachRemaining(q -> lines.add(NodeFmtLib.strNT(q.asTriple())));
        return lines;
    }

    private static void writeSortedLines(Iterable<String> lines, OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
