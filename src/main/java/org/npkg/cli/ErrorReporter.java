package org.npkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.npkg.corpus.CorpusException;
import org.npkg.eval.GoldException;
import org.npkg.export.ExportException;
import org.npkg.graph.GraphException;
import org.npkg.query.QueryException;
import org.npkg.serve.ServeException;
import org.npkg.store.StoreException;
import org.npkg.validate.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr, {@code npkg: error[ID]: message}, and an exit code.
 * The id is stable, so scripts and the documentation can refer to it. Stack traces are printed
 * only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("npkg: error[usage]: " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        Report report = classify(ex);
        err.println("npkg: error[" + report.id() + "]: " + report.message());
        if (isVerbose(parseResult)) {
            ex.printStackTrace(err);
        } else if (report.code() == ExitCode.FAILURE && report.id().equals("internal")) {
            err.println("Run again with --verbose for details.");
        }
        err.flush();
        return report.code().code();
    }

    private record Report(String id, String message, ExitCode code) {}

    private static Report classify(Exception ex) {
        if (ex instanceof StoreException e) {
            return new Report(e.id(), e.getMessage(), ExitCode.FAILURE);
        }
        if (ex instanceof GraphException e) {
            return new Report("ontology", e.getMessage(), ExitCode.USAGE);
        }
        if (ex instanceof ValidationException e) {
            return new Report("shapes", e.getMessage(), ExitCode.USAGE);
        }
        if (ex instanceof GoldException e) {
            return new Report("gold", e.getMessage(), ExitCode.USAGE);
        }
        if (ex instanceof CorpusException e) {
            return new Report("corpus", e.getMessage(), ExitCode.USAGE);
        }
        if (ex instanceof QueryException e) {
            return new Report(e.id(), e.getMessage(), e.isBadInput() ? ExitCode.USAGE : ExitCode.FAILURE);
        }
        if (ex instanceof ServeException e) {
            return new Report(e.id(), e.getMessage(), ExitCode.FAILURE);
        }
        if (ex instanceof ExportException e) {
            return new Report(e.id(), e.getMessage(), ExitCode.FAILURE);
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return new Report("io", String.valueOf(ex.getMessage()), ExitCode.FAILURE);
        }
        return new Report("internal", ex.getClass().getSimpleName() + ": " + ex.getMessage(), ExitCode.FAILURE);
    }

    private static boolean isVerbose(ParseResult pr) {
        for (ParseResult r = pr; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
