package org.npkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.tdb2.TDB2;

/**
 * One place that builds query executions, so every execution binds its values by
 * substitution and sees the union of named graphs on TDB2.
 */
final class Sparql {

    private Sparql() {}

    static QueryExecution exec(Dataset dataset, Query query, QuerySolutionMap values) {
        return QueryExecution.dataset(dataset)
                .query(query)
                .substitution(values)
                .set(TDB2.symUnionDefaultGraph, true)
                .build();
    }

    /** Runs a SELECT and maps each row, materialising the rows before the execution closes. */
    static <T> List<T> select(Dataset dataset, Query query, QuerySolutionMap values, Function<QuerySolution, T> row) {
        List<T> rows = new ArrayList<>();
        try (QueryExecution qe = exec(dataset, query, values)) {
            qe.execSelect().forEachRemaining(s -> rows.add(row.apply(s)));
        }
        return rows;
    }
}
