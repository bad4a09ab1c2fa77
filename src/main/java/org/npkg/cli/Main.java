package org.npkg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code npkg} command. Subcommands only read options and call one service; this class
 * wires them together, routes errors through {@link ErrorReporter} and is the only place that
 * calls {@code System.exit}.
 */
@Command(name = "npkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph of neuroplasticity findings from research reports "
                + "and answers SPARQL questions over it.",
        subcommands = {
            BuildCommand.class,
            BenchCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            EvaluateCommand.class,
            ValidateCommand.class,
            ExplainCommand.class,
            HelpCommand.class
        })
public final class Main implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String... args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs npkg with the given streams and returns the exit code; tests call this. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Verbosity.NORMAL.apply();
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(out, err));
        ErrorReporter errors = new ErrorReporter();
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        listExitCodes(cl);
        return cl;
    }

    private static void listExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpList());
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCode.FAILURE.code());
        cl.getSubcommands().values().forEach(Main::listExitCodes);
    }

    /** Standard output of this run, for subcommands' results. */
    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** {@code npkg} alone: show the usage and fail as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}
