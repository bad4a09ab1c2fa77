package org.npkg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.npkg.corpus.CorpusException;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.graph.Iris;
import org.npkg.vocabulary.NP;

/**
 * Supplies np:textLength for documents whose graph lacks it, from their source files. A file
 * counts only when its text has the SHA-256 the build recorded, so a report edited since the
 * build is not mistaken for the one the offsets point into. Works on a copy of a graph, never
 * on the store.
 */
final class DocumentSources {

    private final List<Path> corpora;
    private final CorpusReader reader = CorpusReader.builder().build();

    DocumentSources(List<Path> corpora) {
        this.corpora = List.copyOf(corpora);
    }

    /** Adds the length of each document it can vouch for; returns warnings for the others. */
    List<Issue> supplyLengths(Model graph, String where) {
        List<Issue> warnings = new ArrayList<>();
        for (Resource doc : graph.listSubjectsWithProperty(RDF.type, NP.Document).toList()) {
            Statement path = doc.getProperty(NP.sourcePath);
            Statement sha = doc.getProperty(NP.sha256);
            if (doc.hasProperty(NP.textLength) || path == null || sha == null) {
                continue;
            }
            String problem = lengthFrom(graph, doc, path.getString(), sha.getString());
            if (problem != null) {
                warnings.add(Issue.warning("source", where, doc.getURI(), Terms.curie(doc.getURI()) + " (" + path.getString() + "): "
                        + problem + "; its offsets are checked only against each other"));
            }
        }
        return warnings;
    }

    /** Null when the length was added, else why not. */
    private String lengthFrom(Model graph, Resource doc, String sourcePath, String sha256) {
        String problem = "no such file under " + (corpora.isEmpty() ? "any corpus folder" : corpora);
        for (Path root : corpora) {
            Path file = Files.isRegularFile(root) ? root : root.resolve(sourcePath);
            if (!Files.isRegularFile(file) || !file.endsWith(sourcePath)) {
                continue;
            }
            try {
                Document document = reader.read(root, file);
                if (Iris.sha256(document.text()).equals(sha256)) {
                    graph.add(doc, NP.textLength, Integer.toString(document.text().length()), XSDDatatype.XSDinteger);
                    return null;
                }
                problem = file + " has changed since the build (SHA-256 differs)";
            } catch (CorpusException e) {
                problem = e.getMessage();
            }
        }
        return problem;
    }
}
