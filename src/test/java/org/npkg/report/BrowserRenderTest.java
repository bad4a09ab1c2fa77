package org.npkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.build.CorpusStore;

/**
 * The report of data/corpus opened from disk by headless Chromium, an independent judge of
 * whether the page renders and its script runs; skipped where Chromium is not installed.
 * Leaves target/report-screenshot.png for a person to look at.
 */
class BrowserRenderTest {

    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    static Path tmp;
    private static Path report;

    @BeforeAll
    static void write() throws Exception {
        assumeTrue(onPath("chromium"), "chromium is not installed (apt-get install chromium)");
        report = tmp.resolve("report.html");
        try (OutputStream out = Files.newOutputStream(report)) {
            ReportService.builder().store(CorpusStore.get().dir()).build().write(out);
        }
    }

    @Test
    void theRenderedDomHasTheMatrixTheChartAndARunningScript() throws Exception {
        Path dom = tmp.resolve("dom.html");
        chromium(dom, "--dump-dom", "--virtual-time-budget=5000");
        String html = Files.readString(dom, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("table#convergence-matrix tbody button[data-cell]").size() > 0, "no matrix in\n" + html);
        assertTrue(page.select("svg#timeline-chart g.span").size() > 0, "no timeline chart in the DOM");
        assertTrue(page.selectFirst("html").hasClass("scripted"), "the page's script did not run to its end");
    }

    @Test
    void selectingACellShowsItsSentencesAndTheFilterKeepsMatchingRows() throws Exception {
        Path driven = tmp.resolve("driven.html");
        Files.writeString(driven, Files.readString(report).replace("</body>", "<script>"
                + "document.querySelector('#convergence-matrix button[data-cell]').click();"
                + "var f = document.getElementById('evidence-filter'); f.value = 'hippocampus';"
                + "f.dispatchEvent(new Event('input'));</script></body>"));
        Path dom = tmp.resolve("driven-dom.html");
        chromium(driven, dom, "--dump-dom", "--virtual-time-budget=5000");
        Document page = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
        int shown = page.select("#cell-detail li").size();
        assertTrue(shown > 0, "no sentences under the selected cell");
        assertEquals(Integer.parseInt(page.selectFirst("#convergence-matrix button.selected").text()), shown);
        int visible = page.select("#evidence-table tbody tr:not([hidden])").size();
        int all = page.select("#evidence-table tbody tr").size();
        assertTrue(visible > 0 && visible < all, visible + " of " + all);
        page.select("#evidence-table tbody tr:not([hidden])")
                .forEach(r -> assertTrue(r.text().toLowerCase().contains("hippocampus"), r.text()));
    }

    @Test
    void aScreenshotIsWrittenForInspection() throws Exception {
        Files.deleteIfExists(SCREENSHOT);
        Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
        chromium(tmp.resolve("screenshot.log"), "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1400,2000");
        assertTrue(Files.size(SCREENSHOT) > 10_000, "the screenshot is not empty");
    }

    private static void chromium(Path stdout, String... options) throws Exception {
        chromium(report, stdout, options);
    }

    private static void chromium(Path file, Path stdout, String... options) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(options));
        command.add(file.toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(tmp.resolve("chromium-" + System.nanoTime() + ".log").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
