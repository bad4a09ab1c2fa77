package org.npkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.npkg.build.BuildMode;
import org.npkg.build.BuildReport;
import org.npkg.build.BuildService;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code npkg build}: reads the corpus into a new store, then answers the flagship question. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge graph from the corpus, then answers a library question.",
            "Reads the reports, extracts findings under the ontology and writes a new TDB2 store, "
            + "swapped in only when complete. When the ontology, rules and npkg are unchanged since "
            + "the last build, only new and changed reports are read again (--full reads them all)."})
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption storeOption;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--corpus", paramLabel = "DIR", description = "A folder of reports (.md, .markdown, .txt), "
            + "read recursively; repeatable. Default: data/corpus.")
    private List<Path> corpora = new ArrayList<>();

    @Option(names = "--ontology", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "The ontology folder (*.ttl, and rules/*.rq for derived edges).")
    private Path ontology = Path.of("ontology");

    @Option(names = "--question", paramLabel = "NAME", showDefaultValue = Visibility.ALWAYS,
            description = "Library question to answer after the build; 'none' for no answer.")
    private String question = "modalities-converging-on";

    @Option(names = "--queries", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "Directory of the query library.")
    private Path queries = QueryLibrary.DEFAULT_DIR;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that extract documents. Default: one per core (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--full", description = "Extract every document again, even those unchanged since the last build.")
    private boolean full;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        // The question is read before the build, so a broken query file stops it with the store untouched.
        QueryFile file = question.equals("none") ? null : QueryLibrary.resolve(queries, question);
        BuildService.Builder builder = BuildService.builder().ontology(ontology).store(storeOption.dir())
                .threads(threads).full(full).progress(TerminalProgress.forConsole(root.err(), logging.quiet()));
        corpora.forEach(builder::corpus);
        BuildReport report = builder.build().run();
        for (String warning : report.warnings()) {
            root.err().println("npkg: warning: " + warning);
        }
        root.out().printf(Locale.ROOT, "%s %s: %d documents%s, %d sentences, %d mentions, %d findings, %d triples in %.1f s%n",
                verb(report.mode()), storeOption.dir(), report.documents(), changed(report), report.sentences(),
                report.mentions(), report.findings(), report.triples(), report.seconds());
        if (file != null) {
            root.out().println();
            root.out().println(file.title() + ":");
            storeOption.store().read(ds -> {
                QueryRunner.builder().dataset(ds).format(ResultFormat.TABLE).build().run(file, root.out());
                return null;
            });
        }
        root.out().flush();
        return ExitCode.OK.code();
    }

    private static String verb(BuildMode mode) {
        return switch (mode) {
            case FULL -> "Built";
            case INCREMENTAL -> "Updated";
            case UNCHANGED -> "Up to date";
        };
    }

    private static String changed(BuildReport report) {
        return report.mode() == BuildMode.INCREMENTAL ? " (" + report.extracted() + " extracted again)" : "";
    }
}
