package org.npkg.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * The ontology folder: every {@code *.ttl} file except the SHACL shapes, read into one model.
 * A syntax error names file, line and column.
 */
public final class Ontology {

    /** SHACL shapes validate the graph; they are not part of it. */
    public static final String SHAPES = "shapes.ttl";

    /** Every error and warning stops the parse with its position, so a curator sees file:line:column. */
    private static final ErrorHandler POSITIONED = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private Ontology() {}

    public static Model load(Path dir) throws GraphException {
        Model model = ModelFactory.createDefaultModel();
        List<Path> files = files(dir);
        if (files.isEmpty()) {
            throw new GraphException(dir, 0, 0, "no ontology files (*.ttl) in this folder", null);
        }
        for (Path file : files) {
            read(file, model);
        }
        return model;
    }

    /** The ontology files of the folder, sorted: every {@code *.ttl} except {@link #SHAPES}. */
    public static List<Path> files(Path dir) throws GraphException {
        if (!Files.isDirectory(dir)) {
            throw new GraphException(dir, 0, 0, "ontology folder not found", null);
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> !p.getFileName().toString().equals(SHAPES))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GraphException(dir, 0, 0, "cannot list folder: " + e.getMessage(), e);
        }
    }

    /** Reads one Turtle file into the model, or fails with its position. */
    public static void read(Path file, Model into) throws GraphException {
        Model part = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(POSITIONED)
                    .parse(part);
        } catch (RiotParseException e) {
            throw new GraphException(file, e.getLine(), e.getCol(), e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new GraphException(file, 0, 0, e.getMessage(), e);
        }
        into.add(part);
        into.setNsPrefixes(part.getNsPrefixMap());
    }
}
