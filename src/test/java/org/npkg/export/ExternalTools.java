package org.npkg.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Programs outside the JVM that tests use as independent judges: Raptor's {@code rapper} and
 * the npm {@code jsonld} package under Node. {@code .ci/run} installs them; on a machine without
 * them the tests that need them are skipped, never passed.
 */
final class ExternalTools {

    /** Where {@code npm install --prefix} puts the jsonld package (.ci/run does the same). */
    static final Path NODE_PREFIX = Path.of("target", "node");

    record Result(int code, String out, String err) {}

    private ExternalTools() {}

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The node_modules folder holding jsonld, installing it with npm on first use; null if impossible. */
    static Path jsonldModules() throws Exception {
        Path modules = NODE_PREFIX.resolve("node_modules").toAbsolutePath();
        if (!Files.isDirectory(modules.resolve("jsonld")) && onPath("npm")) {
            run(List.of("npm", "install", "--prefix", NODE_PREFIX.toString(), "--no-audit", "--no-fund", "--silent",
                    "jsonld@8"), 300);
        }
        return Files.isDirectory(modules.resolve("jsonld")) && onPath("node") ? modules : null;
    }

    static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("npkg-tool", ".out");
        Path err = Files.createTempFile("npkg-tool", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
