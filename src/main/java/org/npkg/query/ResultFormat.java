package org.npkg.query;

/**
 * How query results are written. SELECT results use the format as named; ASK gives a yes/no
 * in the same format; CONSTRUCT and DESCRIBE always give Turtle, since a graph has no table.
 */
public enum ResultFormat {
    /** A text table, IRIs shortened with npkg's prefixes. */
    TABLE,
    /** SPARQL 1.1 CSV results. */
    CSV,
    /** SPARQL 1.1 TSV results. */
    TSV,
    /** SPARQL 1.1 JSON results. */
    JSON
}
