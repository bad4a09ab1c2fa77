package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's checks before it starts; the server itself is tested in org.npkg.serve. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingStoreFailsWithItsId() {
        CliRun run = CliRun.of("serve", "--port", "0", "--store", tmp.resolve("none").toString());
        assertEquals(ExitCode.FAILURE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[store-missing]: "), run.toString());
    }

    @Test
    void aTimeoutMustBePositive() {
        CliRun run = CliRun.of("serve", "--timeout", "0", "--store", tmp.toString());
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().contains("--timeout"), run.toString());
    }

    @Test
    void helpListsTheSecurityOptions() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(ExitCode.OK.code(), run.code());
        for (String option : new String[] {"--host", "--port", "--timeout", "--store", "127.0.0.1"}) {
            assertTrue(run.out().contains(option), option + "\n" + run);
        }
    }
}
