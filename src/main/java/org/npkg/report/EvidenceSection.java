package org.npkg.report;

import java.util.List;
import org.npkg.report.ReportData.Evidence;

/** The evidence index: every finding with its sentence and sources, filtered in the page by a text box. */
final class EvidenceSection {

    private EvidenceSection() {}

    static String html(List<Evidence> evidence) {
        Html h = new Html();
        h.raw("<section id=\"evidence\"><h2>Evidence index</h2>")
                .raw("<p class=\"lead\">Every finding with the sentence that states it. Type to keep only the rows that "
                        + "contain every word you give (a concept, a region, “negated”, a DOI …).</p>")
                .raw("<div class=\"filter\"><label for=\"evidence-filter\">Filter</label>"
                        + "<input type=\"search\" id=\"evidence-filter\" placeholder=\"e.g. psilocybin hippocampus\" "
                        + "autocomplete=\"off\"><span id=\"evidence-count\" class=\"count\">")
                .text(evidence.size() + " of " + evidence.size() + " findings").raw("</span></div>")
                .raw("<div class=\"scroll\"><table class=\"evidence\" id=\"evidence-table\"><thead><tr>")
                .raw("<th scope=\"col\">finding and sentence</th><th scope=\"col\">document and section</th>"
                        + "<th scope=\"col\">polarity</th><th scope=\"col\">certainty</th><th scope=\"col\">species</th>"
                        + "<th scope=\"col\">cited DOIs</th></tr></thead><tbody>");
        for (Evidence e : evidence) {
            row(h, e);
        }
        return h.raw("</tbody></table></div></section>").toString();
    }

    private static void row(Html h, Evidence e) {
        h.raw("<tr class=\"finding-row " + cssWord(e.polarity()) + " " + cssWord(e.certainty()) + "\"><td class=\"claim\">")
                .raw("<div class=\"triple\">").element("span", "s", e.subject()).raw(" ").element("span", "r", e.relation())
                .raw(" ").element("span", "o", e.object()).raw("</div>")
                .element("q", "sentence", e.sentence());
        if (!e.regions().isEmpty() || !e.onset().isEmpty()) {
            h.raw("<div class=\"meta\">");
            if (!e.regions().isEmpty()) {
                h.element("span", "where", "in " + e.regions());
            }
            if (!e.onset().isEmpty()) {
                h.element("span", "when", "onset “" + e.onset() + "”");
            }
            h.raw("</div>");
        }
        h.raw("</td><td class=\"source\">").element("span", "document", e.document())
                .element("span", "section", e.section())
                .raw("</td><td>").element("span", "badge " + cssWord(e.polarity()), e.polarity())
                .raw("</td><td>").element("span", "badge " + cssWord(e.certainty()), e.certainty())
                .raw("</td><td>").text(e.species()).raw("</td><td class=\"dois\">");
        for (String doi : e.dois()) {
            h.doi(doi);
        }
        h.raw("</td></tr>");
    }

    /** A value usable as a class name: letters only, lower case. */
    static String cssWord(String value) {
        return value.toLowerCase().replaceAll("[^a-z]", "");
    }
}
