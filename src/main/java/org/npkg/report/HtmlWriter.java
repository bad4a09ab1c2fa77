package org.npkg.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the whole page: style, sections, data and script in one file that opens offline. The
 * Content-Security-Policy forbids every fetch, so a page that would reach out fails visibly
 * rather than quietly depending on the network.
 */
final class HtmlWriter {

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:; base-uri 'none'; form-action 'none'";

    private final ReportData data;

    HtmlWriter(ReportData data) {
        this.data = data;
    }

    String page() {
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">")
                .raw("<title>npkg report — neuroplasticity findings</title>\n<style>\n")
                .raw(resource("report.css")).raw("</style></head>\n<body>\n<header class=\"top\"><div class=\"wrap\">")
                .raw("<p class=\"kicker\">npkg report</p><h1>How treatments change the brain</h1>")
                .raw("<p class=\"sub\">").text(data.summary().findings() + " findings from " + data.summary().documents()
                        + " research reports, with the sentence behind each one.").raw("</p>")
                .raw("<nav><a href=\"#summary\">Summary</a><a href=\"#matrix\">Convergence</a>"
                        + "<a href=\"#timeline\">Time course</a><a href=\"#regions\">Regions</a>"
                        + "<a href=\"#evidence\">Evidence</a></nav></div></header>\n<main class=\"wrap\">\n")
                .raw(SummarySection.html(data.summary())).raw("\n")
                .raw(MatrixSection.html(new ConvergenceMatrix(data.matrix()))).raw("\n")
                .raw(TimelineSection.html(data.onsets())).raw("\n")
                .raw(RegionsSection.html(data.places())).raw("\n")
                .raw(EvidenceSection.html(data.evidence())).raw("\n</main>\n")
                .raw("<footer class=\"wrap\">Written by <code>npkg report</code> from the queries in "
                        + "<code>queries/report/</code>; run any of them with <code>npkg query FILE.rq</code>. "
                        + "Counts of findings are counts of claims the extractor read, not of studies.</footer>\n")
                .raw("<script type=\"application/json\" id=\"report-data\">").raw(ReportJson.of(data)).raw("</script>\n")
                .raw("<script>\n").raw(resource("report.js")).raw("</script>\n</body></html>\n");
        return h.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/npkg/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
