package org.npkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npkg.bench.BenchService;
import org.npkg.query.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code npkg bench}: how fast extraction, builds and questions are, on a corpus scaled up. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed on a scale corpus made of copies of the corpus.",
            "It prints a Markdown table of extraction throughput on one and on all cores, mention matching alone, a full build "
            + "in a child JVM (wall time, peak heap, quads/s into TDB2), an incremental build after "
            + "one document changed, the corpus's own build with JVM start, and each library "
            + "question's median and p95 latency."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--scale", paramLabel = "N", showDefaultValue = Visibility.ALWAYS,
            description = "Copies of every corpus document (500 copies of data/corpus are about 80 MB).")
    private int scale = 500;

    @Option(names = "--corpus", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "The corpus to copy.")
    private Path corpus = Path.of("data", "corpus");

    @Option(names = "--ontology", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "The ontology folder.")
    private Path ontology = Path.of("ontology");

    @Option(names = "--queries", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "The query library to time.")
    private Path queries = QueryLibrary.DEFAULT_DIR;

    @Option(names = "--work", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "Folder for the generated corpus and stores; emptied and refilled on every run.")
    private Path work = Path.of("target", "bench");

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for the all-cores figures. Default: one per core (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", paramLabel = "N", showDefaultValue = Visibility.ALWAYS,
            description = "Timed runs of each question (after one untimed run).")
    private int runs = 20;

    @Option(names = "--heap", paramLabel = "SIZE", showDefaultValue = Visibility.ALWAYS,
            description = "Heap limit (-Xmx) of the child JVMs that build.")
    private String heap = "1g";

    @Override
    public Integer call() throws Exception {
        BenchService.builder().corpus(corpus).ontology(ontology).queries(queries).work(work).scale(scale)
                .threads(threads).runs(runs).heap(heap).build().run(root.out());
        root.out().flush();
        return ExitCode.OK.code();
    }
}
