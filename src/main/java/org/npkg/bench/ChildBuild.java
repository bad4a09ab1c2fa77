package org.npkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs {@link BuildProbe} (or any npkg main class) in a child JVM with a heap limit. */
final class ChildBuild {

    /** What the child printed, as key=value, and the wall time of the child JVM. */
    record Result(Map<String, String> values, double wallSeconds) {
        double number(String key) {
            return Double.parseDouble(values.getOrDefault(key, "NaN"));
        }
    }

    private final String heap;

    ChildBuild(String heap) {
        this.heap = heap;
    }

    Result probe(Path corpus, Path ontology, Path store, int threads, boolean full) {
        return run(List.of(BuildProbe.class.getName(), corpus.toString(), ontology.toString(), store.toString(),
                Integer.toString(threads),
                full ? "full" : "incremental"));
    }

    /**
     * Runs npkg as users do: through the {@code npkg} launcher beside {@code target/} (which adds
     * its class-data sharing archive), or where there is none (a class folder, tests) with plain
     * {@code java -cp}. The launcher's JVM has its default heap, as a user's has.
     */
    Result launch(List<String> args) {
        Optional<Path> launcher = launcher();
        if (launcher.isEmpty()) {
            List<String> mainAndArgs = new ArrayList<>(List.of("org.npkg.cli.Main"));
            mainAndArgs.addAll(args);
            return run(mainAndArgs);
        }
        List<String> command = new ArrayList<>(List.of(launcher.get().toString()));
        command.addAll(args);
        return time(command);
    }

    /** How {@link #launch} starts npkg, for the table. */
    String launcherName() {
        return launcher().isPresent() ? "./npkg launcher" : "java -cp";
    }

    /** The launcher script, when npkg runs from {@code target/npkg.jar} beside it. */
    private static Optional<Path> launcher() {
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
        if (!jar.getFileName().toString().endsWith(".jar") || jar.getParent() == null
                || jar.getParent().getParent() == null) {
            return Optional.empty();
        }
        Path script = jar.getParent().getParent().resolve("npkg");
        return Files.isExecutable(script) ? Optional.of(script) : Optional.empty();
    }

    /** Runs a main class with arguments; the values are those of a line starting "probe ". */
    Result run(List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        return time(command);
    }

    private static Result time(List<String> command) {
        long started = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            double wall = (System.nanoTime() - started) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("child JVM failed with exit code " + code + ": " + command);
            }
            return new Result(values(out), wall);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a child JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> values(String out) {
        Map<String, String> values = new HashMap<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("probe ")) {
                for (String pair : line.substring(6).strip().split(" ")) {
                    int eq = pair.indexOf('=');
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }
}
