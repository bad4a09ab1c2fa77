package org.npkg.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Runs a {@link QueryFile} on a dataset with parameter values bound as RDF terms by Jena's
 * substitution, never by editing the query text. Parameters not given take their header
 * default; a parameter without a default and without a value stays an unbound variable.
 *
 * <pre>{@code
 * QueryRunner.builder().dataset(ds).param("mechanism", "BDNF").format(ResultFormat.CSV).build()
 *     .run(queryFile, System.out);
 * }</pre>
 * Run it inside a read transaction (see {@code Store.read}).
 */
public final class QueryRunner {

    private final Dataset dataset;
    private final Map<String, String> params;
    private final ResultFormat format;

    private QueryRunner(Builder b) {
        this.dataset = Objects.requireNonNull(b.dataset, "dataset");
        this.params = Map.copyOf(b.params);
        this.format = b.format;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes the results of the query to {@code out} in this runner's format. */
    public void run(QueryFile file, OutputStream out) {
        Query query = file.query();
        try (QueryExecution qe = Sparql.exec(dataset, query, bindings(file))) {
            if (query.isSelectType()) {
                writeSelect(qe.execSelect(), query, out);
            } else if (query.isAskType()) {
                writeAsk(qe.execAsk(), out);
            } else if (query.isConstructType() || query.isDescribeType()) {
                Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                model.setNsPrefixes(query.getPrefixMapping());
                RDFDataMgr.write(out, model, Lang.TURTLE);
            } else {
                throw new QueryException("query-type", file.source() + ": only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
            }
        }
    }

    /**
     * Runs a SELECT query and maps each row, for callers that use the answer rather than print
     * it. The rows are read before this returns, so call it inside the store's read transaction.
     */
    public <T> List<T> select(QueryFile file, Function<QuerySolution, T> row) {
        Query query = file.query();
        if (!query.isSelectType()) {
            throw new QueryException("query-type", file.source() + ": a SELECT query is needed here");
        }
        return Sparql.select(dataset, query, bindings(file), row);
    }

    /**
     * The RDF term each declared parameter is bound to: given values first, then defaults.
     * A value for a parameter the file does not declare is an error listing the declared names.
     */
    public QuerySolutionMap bindings(QueryFile file) {
        for (String name : params.keySet()) {
            if (file.parameter(name).isEmpty()) {
                throw new QueryException("param-unknown", "query " + file.name() + " has no parameter \"" + name
                        + "\"; its parameters are: " + declared(file));
            }
        }
        TermResolver resolver = new TermResolver(dataset, file.query().getPrefixMapping());
        QuerySolutionMap values = new QuerySolutionMap();
        for (Parameter p : file.parameters()) {
            String text = params.containsKey(p.name()) ? params.get(p.name()) : p.defaultValue();
            if (text != null) {
                values.add(p.name(), resolver.resolve(p, text));
            }
        }
        return values;
    }

    private static String declared(QueryFile file) {
        return file.parameters().isEmpty() ? "(none)"
                : String.join(", ", file.parameters().stream().map(Parameter::name).toList());
    }

    private void writeSelect(ResultSet rs, Query query, OutputStream out) {
        switch (format) {
            case TABLE -> TextTable.write(rs, query.getPrefixMapping(),
                    new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
        }
    }

    private void writeAsk(boolean answer, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
        }
    }

    /** Collects the dataset, parameter values and format of a {@link QueryRunner}. */
    public static final class Builder {
        private Dataset dataset;
        private final Map<String, String> params = new LinkedHashMap<>();
        private ResultFormat format = ResultFormat.TABLE;

        private Builder() {}

        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** A value for a declared parameter, as a user would type it. */
        public Builder param(String name, String value) {
            params.put(name, value);
            return this;
        }

        public Builder params(Map<String, String> values) {
            params.putAll(values);
            return this;
        }

        public Builder format(ResultFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        public QueryRunner build() {
            return new QueryRunner(this);
        }
    }
}
