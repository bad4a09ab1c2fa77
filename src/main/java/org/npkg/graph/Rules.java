package org.npkg.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Derivation rules: SPARQL CONSTRUCT queries kept as {@code .rq} files, so what the graph infers
 * (direct edges from findings) is readable data. A rule runs over a document's graph together
 * with the ontology and its result is added to the document's graph.
 */
public final class Rules {

    private static final Pattern POSITION = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");

    private final List<Query> rules;

    private Rules(List<Query> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads every {@code *.rq} file of the folder; a missing folder means no rules. */
    public static Rules load(Path dir) throws GraphException {
        List<Query> rules = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Rules(rules);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new GraphException(dir, 0, 0, "cannot list rules: " + e.getMessage(), e);
        }
        for (Path file : files) {
            rules.add(parse(file));
        }
        return new Rules(rules);
    }

    private static Query parse(Path file) throws GraphException {
        try {
            Query query = QueryFactory.create(Files.readString(file));
            if (!query.isConstructType()) {
                throw new GraphException(file, 1, 1, "a rule must be a CONSTRUCT query", null);
            }
            return query;
        } catch (QueryParseException e) {
            throw located(file, e);
        } catch (IOException e) {
            throw new GraphException(file, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Jena's message carries the position of the offending token ("at line 3, column 23") and a
     * list of expected tokens many lines long; the error is one line, at that position.
     */
    private static GraphException located(Path file, QueryParseException e) {
        String message = String.valueOf(e.getMessage());
        Matcher at = POSITION.matcher(message);
        long line = e.getLine();
        long column = e.getColumn();
        if (at.find()) {
            line = Long.parseLong(at.group(1));
            column = Long.parseLong(at.group(2));
        }
        String first = message.lines().findFirst().orElse("").strip();
        return new GraphException(file, line, column, POSITION.matcher(first).replaceAll("").strip(), e);
    }

    public int size() {
        return rules.size();
    }

    /** Adds to {@code graph} what the rules derive from it and the ontology. */
    public void apply(Model graph, Model ontology) {
        graph.add(derive(ModelFactory.createUnion(graph, ontology)));
    }

    /** What the rules derive from {@code source}, as a new model; {@code source} is not changed. */
    public Model derive(Model source) {
        Model derived = ModelFactory.createDefaultModel();
        for (Query rule : rules) {
            try (QueryExecution execution = QueryExecution.model(source).query(rule).build()) {
                execution.execConstruct(derived);
            }
        }
        return derived;
    }
}
