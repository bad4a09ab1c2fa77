package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code console} example of the README, in order, and compares what it prints with
 * what the README shows. Only the build's timing and CSV's CRLF line ends (RFC 4180) may differ.
 */
class ReadmeExamplesTest {

    private record Example(String command, String expected) {}

    @Test
    void theReadmeShowsWhatNpkgPrints(@TempDir Path temp) throws IOException {
        List<Example> examples = examples(Files.readString(Path.of("README.md")));
        assertFalse(examples.isEmpty());
        for (Example example : examples) {
            List<String> args = new ArrayList<>(Arrays.asList(example.command().split(" ")));
            args.remove(0);
            if (args.contains("build") || args.contains("query") || args.contains("export")) {
                args.add(1, "--store=" + temp.resolve("store"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, args.toArray(String[]::new));
            assertEquals(0, code, example.command());
            String actual = out.toString(StandardCharsets.UTF_8).replace(temp.resolve("store").toString(), "target/npkg/store");
            assertEquals(normalise(example.expected()), normalise(actual), example.command());
        }
    }

    private static String normalise(String output) {
        return output.replace("\r\n", "\n").replaceAll(" in [0-9.]+ s\\n", " in N s\n").stripTrailing();
    }

    /** {@code $ ./npkg ...} lines of console blocks and the lines that follow each. */
    static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        StringBuilder expected = new StringBuilder();
        for (String line : readme.split("\n", -1)) {
            if (line.startsWith("```console")) {
                inConsole = true;
            } else if (inConsole && line.startsWith("```")) {
                examples.add(new Example(command, expected.toString()));
                inConsole = false;
                command = null;
            } else if (inConsole && line.startsWith("$ ")) {
                if (command != null) {
                    examples.add(new Example(command, expected.toString()));
                }
                command = line.substring(2).strip();
                expected.setLength(0);
            } else if (inConsole) {
                expected.append(line).append('\n');
            }
        }
        return examples;
    }
}
