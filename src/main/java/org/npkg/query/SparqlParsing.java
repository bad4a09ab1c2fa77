package org.npkg.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.npkg.store.Prefixes;

/** Parses SPARQL with npkg's prefixes predeclared, so query files may omit PREFIX lines. */
final class SparqlParsing {

    private static final Pattern POSITION = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");

    private SparqlParsing() {}

    static Query parse(String sparql) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
    }

    /** Line of the error within the parsed text: from the message if it says, else the exception's. */
    static int line(QueryParseException e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : e.getLine();
    }

    static int column(QueryParseException e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(2)) : e.getColumn();
    }

    /** The first line of Jena's message, without its position and its list of expected tokens. */
    static String summary(QueryParseException e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        return POSITION.matcher(first).replaceAll("").strip();
    }
}
