package org.npkg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.query.QueryRunner;
import org.npkg.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code npkg query}: runs a query from the library or a file against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query from the query library (by name) or from a .rq file against the store.",
            "Parameter values may be a concept label (TrkB), a CURIE (np:TrkB) or an IRI; they are bound as RDF terms."})
final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption storeOption;

    @Mixin
    private LoggingOptions logging;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "A query name from the library, or a .rq file.")
    private String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A value for a parameter the query declares (repeatable).")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", showDefaultValue = Visibility.ALWAYS,
            description = "Result format: table, csv, tsv or json (CONSTRUCT and DESCRIBE always give Turtle).")
    private ResultFormat format = ResultFormat.TABLE;

    @Option(names = "--queries", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "Directory of the query library.")
    private Path queries = QueryLibrary.DEFAULT_DIR;

    @Option(names = {"-l", "--list"}, description = "List the library's queries (name and title) and exit.")
    private boolean list;

    @Override
    public Integer call() throws Exception {
        if (list) {
            printList(QueryLibrary.load(queries).queries());
            return ExitCode.OK.code();
        }
        if (query == null) {
            throw new ParameterException(spec.commandLine(), "give a query NAME or FILE.rq, or --list");
        }
        storeOption.store().read(ds -> {
            QueryFile file = QueryLibrary.resolve(queries, query);
            QueryRunner.builder().dataset(ds).params(params).format(format).build().run(file, root.out());
            return null;
        });
        root.out().flush();
        return ExitCode.OK.code();
    }

    private void printList(List<QueryFile> files) {
        int width = files.stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (QueryFile f : files) {
            root.out().printf("%-" + Math.max(width, 1) + "s  %s%n", f.name(), f.title());
        }
    }
}
