package org.npkg.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --verbose} and {@code --quiet}, mixed into every command. The level is set while the
 * options are parsed, so it is in force before the command runs, wherever the flag stands.
 */
public final class LoggingOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private boolean verbose;
    private boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Log npkg's progress (DEBUG) and other libraries' INFO; print stack traces of errors.")
    void setVerbose(boolean value) {
        verbose = value;
        choose();
    }

    @Option(names = {"-q", "--quiet"}, description = "Log errors only.")
    void setQuiet(boolean value) {
        quiet = value;
        choose();
    }

    /** True when {@code --quiet} was given: nothing but errors and results. */
    boolean quiet() {
        return quiet;
    }

    private void choose() {
        if (verbose && quiet) {
            throw new ParameterException(mixee.commandLine(), "--verbose and --quiet cannot be used together");
        }
        if (verbose) {
            Verbosity.VERBOSE.apply();
        } else if (quiet) {
            Verbosity.QUIET.apply();
        }
    }
}
