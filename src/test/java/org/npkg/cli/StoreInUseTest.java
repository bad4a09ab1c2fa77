package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.store.ChildJvm;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.HoldStore;
import org.npkg.store.Store;
import org.npkg.store.StoreLock;

/** Two npkg processes on one store: the second is refused with a clear message and changes nothing. */
class StoreInUseTest {

    @TempDir
    static Path dir;

    private static Path corpus;
    private static Path storeDir;

    @BeforeAll
    static void buildSmallStore() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("ketamine.md"), "# Ketamine\n\nKetamine increases BDNF in the hippocampus within 24 h.\n");
        storeDir = dir.resolve("store");
        CliRun run = build();
        assertEquals(0, run.code(), run.toString());
    }

    private static CliRun build() {
        return CliRun.of("build", "--corpus", corpus.toString(), "--store", storeDir.toString(), "--question", "none",
                "--full", "--quiet");
    }

    @Test
    void aBuildWhileAnotherProcessReadsTheStoreIsRefusedAndChangesNothing() throws Exception {
        byte[] before = nquads();
        try (ChildJvm server = ChildJvm.start(HoldStore.class, storeDir.toString(), "shared")) {
            assertTrue(server.awaitLine("holding"::equals, 30_000), server.output());
            CliRun refused = build();
            assertEquals(ExitCode.FAILURE.code(), refused.code(), refused.toString());
            assertEquals("npkg: error[store-in-use]: store " + storeDir + " is in use by another npkg process"
                    + " (it holds store.lock); try again when it has finished", refused.err().strip());
            assertArrayEquals(before, nquads());
            assertEquals(0, buildingDirs(), "no half-built database is left beside the store");
        }
        CliRun after = build();
        assertEquals(0, after.code(), "the next build succeeds once the other process has gone\n" + after);
    }

    @Test
    void aBuildQueryOrSecondServerWhileNpkgServeRunsOnTheStoreIsRefused() throws Exception {
        byte[] before = nquads();
        try (ChildJvm server = ChildJvm.start(Main.class, "serve", "--port", "0", "--store", storeDir.toString())) {
            try {
                assertTrue(server.awaitLine(l -> l.startsWith("Serving "), 60_000), server.output());
                CliRun refused = build();
                assertEquals(ExitCode.FAILURE.code(), refused.code(), refused.toString());
                assertTrue(refused.err().startsWith("npkg: error[store-in-use]: "), refused.toString());
                CliRun query = CliRun.of("query", "--store", storeDir.toString(), "modalities-converging-on");
                assertEquals(ExitCode.FAILURE.code(), query.code(), query.toString());
                assertTrue(query.err().matches("npkg: error\\[store-in-use\\]: store \\S+ is in use by another npkg process"
                        + " \\(its database is open in process \\d+\\); try again when it has finished\\s*"), query.toString());
                try (ChildJvm second = ChildJvm.start(Main.class, "serve", "--port", "0", "--store", storeDir.toString())) {
                    assertEquals(ExitCode.FAILURE.code(), second.exitCode(60_000), second.output());
                    assertTrue(second.output().contains("npkg: error[store-in-use]: store " + storeDir), second.output());
                }
            } finally {
                server.kill();
            }
        }
        assertArrayEquals(before, nquads());
    }

    @Test
    void aQueryProcessWhileABuildHoldsTheStoreIsRefused() throws Exception {
        try (StoreLock building = Store.at(storeDir).lockExclusive();
                ChildJvm query = ChildJvm.start(Main.class, "query", "--store", storeDir.toString(),
                        "modalities-converging-on")) {
            assertEquals(ExitCode.FAILURE.code(), query.exitCode(60_000), query.output());
            assertTrue(query.output().contains("npkg: error[store-in-use]: store " + storeDir
                    + " is in use by another npkg process"), query.output());
        }
    }

    @Test
    void readersInTwoProcessesShareTheStore() throws Exception {
        try (ChildJvm reader = ChildJvm.start(HoldStore.class, storeDir.toString(), "shared")) {
            assertTrue(reader.awaitLine("holding"::equals, 30_000), reader.output());
            CliRun query = CliRun.of("query", "--store", storeDir.toString(), "--format", "csv",
                    "modalities-converging-on", "--param", "mechanism=BDNF");
            assertEquals(0, query.code(), query.toString());
            assertTrue(query.out().contains("ketamine"), query.toString());
        }
    }

    @Test
    void aDeadProcessLeavesNoLockBehind() throws Exception {
        ChildJvm holder = ChildJvm.start(HoldStore.class, storeDir.toString(), "exclusive");
        assertTrue(holder.awaitLine("holding"::equals, 30_000), holder.output());
        holder.kill();
        CliRun after = build();
        assertEquals(0, after.code(), after.toString());
    }

    private static long buildingDirs() throws Exception {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith("store.building-")).count();
        }
    }

    private static byte[] nquads() throws Exception {
        return Store.at(storeDir).read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(ExportFormat.NQUADS).write(ds, out);
            return out.toByteArray();
        });
    }
}
