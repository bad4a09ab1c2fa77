package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

class MainTest {

    /** Every command and subcommand, as the argument list that leads to it. */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())),
                new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> paths) {
        paths.add(List.copyOf(prefix));
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(prefix);
            p.add(name);
            collect(sub, p, paths);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpOfEveryCommandListsTheExitCodes(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(run.out().contains("Exit codes:"), run.toString());
        for (ExitCode c : ExitCode.values()) {
            assertTrue(run.out().contains(c.meaning()), c + " in\n" + run);
        }
    }

    @Test
    void commandsIncludeQueryAndExport() {
        List<String> names = commands().filter(c -> c.size() == 1).map(c -> c.get(0)).toList();
        assertTrue(names.containsAll(List.of("query", "export")), names.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("query", "--frobnicate");
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[usage]: "), run.toString());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), CliRun.of("frobnicate").code());
    }

    @Test
    void noCommandShowsUsageAndFails() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.USAGE.code(), run.code());
        assertTrue(run.err().contains("Usage: npkg"), run.toString());
    }

    @Test
    void verboseAndQuietTogetherIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), CliRun.of("query", "-v", "-q", "--list").code());
    }

    @Test
    void loggingOptionsSetTheLevels() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger npkg = (Logger) LoggerFactory.getLogger("org.npkg.store.Store");
        CliRun.of("query", "--verbose", "--queries", "no-such-dir", "--list");
        assertEquals(Level.INFO, root.getLevel());
        assertEquals(Level.DEBUG, npkg.getEffectiveLevel());
        CliRun.of("-q", "query", "--queries", "no-such-dir", "--list");
        assertEquals(Level.ERROR, root.getLevel());
        assertEquals(Level.ERROR, npkg.getEffectiveLevel());
        CliRun.of("query", "--queries", "no-such-dir", "--list");
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.WARN, npkg.getEffectiveLevel());
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code());
        assertFalse(run.out().isBlank());
    }
}
