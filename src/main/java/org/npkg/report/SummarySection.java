package org.npkg.report;

import java.util.Locale;
import org.npkg.report.ReportData.Summary;

/** The graph in numbers, as a row of figures. */
final class SummarySection {

    private SummarySection() {}

    static String html(Summary s) {
        Html h = new Html();
        h.raw("<section id=\"summary\"><h2>Summary</h2><dl class=\"figures\">");
        figure(h, "documents", String.valueOf(s.documents()), "reports read");
        figure(h, "sentences", String.valueOf(s.sentences()), "evidence sentences (stating a finding)");
        figure(h, "findings", String.valueOf(s.findings()), "claims, one per subject, relation and object");
        figure(h, "concepts", String.valueOf(s.concepts()), s.conceptsUsed() + " of them named in findings");
        figure(h, "negated", percent(s.shareOfFindings(s.negated())), s.negated() + " findings the text denies");
        figure(h, "hedged", percent(s.shareOfFindings(s.hedged())), s.hedged() + " findings stated with “may”, “suggests” …");
        return h.raw("</dl></section>").toString();
    }

    private static void figure(Html h, String name, String value, String note) {
        h.raw("<div class=\"figure\" id=\"summary-" + name + "\"><dt>").text(name).raw("</dt><dd><span class=\"value\">")
                .text(value).raw("</span><span class=\"note\">").text(note).raw("</span></dd></div>");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
