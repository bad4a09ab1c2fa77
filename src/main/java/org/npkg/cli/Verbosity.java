package org.npkg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** How much npkg logs, applied to Logback's loggers in code so one flag works on every command. */
enum Verbosity {
    /** Errors only. */
    QUIET(Level.ERROR, null),
    /** Warnings and errors (what logback.xml configures). */
    NORMAL(Level.WARN, null),
    /** npkg's debug messages and everyone else's INFO. */
    VERBOSE(Level.INFO, Level.DEBUG);

    private static final String NPKG_LOGGER = "org.npkg";

    private final Level root;
    private final Level npkg;

    Verbosity(Level root, Level npkg) {
        this.root = root;
        this.npkg = npkg;
    }

    void apply() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger rootLogger
                && LoggerFactory.getLogger(NPKG_LOGGER) instanceof Logger npkgLogger) {
            rootLogger.setLevel(root);
            npkgLogger.setLevel(npkg);
        }
    }
}
