package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.store.TestStores;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesThePageWhereAsked() throws Exception {
        TestStores.fixtureStore(tmp.resolve("store"));
        Path out = tmp.resolve("site/report.html");
        CliRun run = CliRun.of("report", "--store", tmp.resolve("store").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains(out.toString()), run.toString());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!doctype html>"));
        assertTrue(html.contains("Psilocybin binds TrkB"), "the fixture's sentences are in the page");
    }

    @Test
    void noStoreIsAFailureAndLeavesNoFile() {
        Path out = tmp.resolve("report.html");
        CliRun run = CliRun.of("report", "--store", tmp.resolve("none").toString(), "--out", out.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().contains("error[store-missing]"), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aQueryDirectoryWithoutTheReportQueriesIsBadInput() throws Exception {
        TestStores.fixtureStore(tmp.resolve("store"));
        CliRun run = CliRun.of("report", "--store", tmp.resolve("store").toString(), "--queries", "queries",
                "--out", tmp.resolve("r.html").toString());
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("error[query-missing]") && run.err().contains("summary"), run.toString());
    }
}
