package org.npkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npkg.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code npkg report}: writes the graph as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the graph as one HTML page that opens offline: a convergence matrix of modalities and ",
            "mechanisms, the time course of functional and structural change, the regions and "
            + "networks of change, a filterable index of every finding with its sentence and DOIs, "
            + "and a summary. Its data come from the queries in --queries."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Mixin
    private StoreOption storeOption;

    @Mixin
    private LoggingOptions logging;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", showDefaultValue = Visibility.ALWAYS,
            description = "The HTML file to write (replaced atomically).")
    private Path out = ReportService.DEFAULT_OUT;

    @Option(names = "--queries", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "Directory of the report's queries.")
    private Path queries = ReportService.DEFAULT_QUERIES;

    @Override
    public Integer call() throws Exception {
        ReportService report = ReportService.builder().store(storeOption.dir()).queries(queries).build();
        AtomicOutput.write(out, report::write);
        root.out().println("Wrote " + out);
        return ExitCode.OK.code();
    }
}
