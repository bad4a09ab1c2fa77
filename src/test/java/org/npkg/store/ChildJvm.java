package org.npkg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A main class of npkg (or of its tests) running in a child JVM on the test class path, as a
 * second npkg process would: its standard output and error, merged, are read line by line as
 * they come, so a test can act at the moment the child logs something.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;

    private ChildJvm(Process process) {
        this.process = process;
        this.pump = new Thread(this::pumpLines, "child-jvm-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code mainClass} with {@code args}; the child's stdin stays open until {@link #close}. */
    public static ChildJvm start(Class<?> mainClass, String... args) {
        return startWithHeap("512m", mainClass, args);
    }

    /** As {@link #start}, with a maximum heap such as "256m": a test of bounded memory. */
    public static ChildJvm startWithHeap(String heap, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM", e);
        }
    }

    private void pumpLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child was killed; what it printed so far is kept
        }
    }

    /** Waits until the child prints a line matching {@code wanted}; false if it exits or time runs out first. */
    public boolean awaitLine(Predicate<String> wanted, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (wanted.test(lines.get(seen))) {
                        return true;
                    }
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || (!process.isAlive() && !pump.isAlive())) {
                    return false;
                }
                lines.wait(Math.min(left, 50));
            }
        }
    }

    /** Waits for the child to exit by itself and returns its exit code. */
    public int exitCode(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("child JVM still running after " + millis + " ms:\n" + output());
        }
        pump.join(millis);
        return process.exitValue();
    }

    /** Kills the child at once (SIGKILL on Unix): no shutdown hooks, no finally blocks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Closes the child's stdin (children that wait for it exit) and kills it if it still runs. */
    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
