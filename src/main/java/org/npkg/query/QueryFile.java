package org.npkg.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * A SPARQL query kept as a file, with the header comment that documents it.
 *
 * @param name        the file name without {@code .rq}
 * @param title       one line from {@code # title:}, or the name when absent
 * @param description from {@code # description:}, continuation lines joined, possibly empty
 * @param parameters  from {@code # param:} lines, in header order
 * @param sparql      the query text after the header
 * @param source      the file it was read from
 */
public record QueryFile(String name, String title, String description, List<Parameter> parameters,
        String sparql, Path source) {

    public QueryFile {
        parameters = List.copyOf(parameters);
    }

    /** Reads and checks a {@code .rq} file; syntax errors name file, line and column. */
    public static QueryFile parse(Path file) {
        return QueryFileParser.parse(file);
    }

    public Optional<Parameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** The parsed query, with npkg's standard prefixes predeclared. */
    public Query query() {
        return SparqlParsing.parse(sparql);
    }
}
