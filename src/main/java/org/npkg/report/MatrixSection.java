package org.npkg.report;

import java.util.Optional;
import org.npkg.report.ReportData.MatrixCell;

/** The convergence matrix: a table whose cells are buttons that open their evidence. */
final class MatrixSection {

    private MatrixSection() {}

    static String html(ConvergenceMatrix m) {
        Html h = new Html();
        h.raw("<section id=\"matrix\"><h2>Convergence matrix</h2>")
                .raw("<p class=\"lead\">Which treatment modalities the reports tie to which mechanisms. A cell counts the "
                        + "affirmed findings (hedged ones included, negated ones never) in which an intervention of the "
                        + "modality acts on the mechanism. Click a cell to read its sentences.</p>");
        legend(h);
        if (m.modalities().isEmpty()) {
            return h.raw("<p class=\"empty-note\">No finding ties an intervention to a mechanism.</p></section>").toString();
        }
        h.raw("<div class=\"scroll\"><table class=\"matrix\" id=\"convergence-matrix\"><thead><tr>")
                .raw("<th class=\"corner\" scope=\"col\">modality ╲ mechanism</th>");
        for (String mechanism : m.mechanisms()) {
            h.raw("<th class=\"mech\" scope=\"col\" title=\"").text(mechanism + ": " + m.mechanismTotal(mechanism) + " findings")
                    .raw("\"><span>").text(mechanism).raw("</span></th>");
        }
        h.raw("<th class=\"total\" scope=\"col\">all</th></tr></thead><tbody>");
        for (String modality : m.modalities()) {
            h.raw("<tr><th scope=\"row\">").text(modality).raw("</th>");
            for (String mechanism : m.mechanisms()) {
                cell(h, m, m.index(modality, mechanism));
            }
            h.raw("<td class=\"total\">").text(String.valueOf(m.modalityTotal(modality))).raw("</td></tr>");
        }
        return h.raw("</tbody></table></div>")
                .raw("<div id=\"cell-detail\" class=\"detail\" aria-live=\"polite\">"
                        + "<p class=\"hint\">Select a shaded cell to see the sentences behind it.</p></div></section>")
                .toString();
    }

    private static void cell(Html h, ConvergenceMatrix m, Optional<Integer> index) {
        if (index.isEmpty()) {
            h.raw("<td class=\"cell s0\"></td>");
            return;
        }
        MatrixCell c = m.cell(index.get());
        int n = c.findings().size();
        h.raw("<td class=\"cell s" + ConvergenceMatrix.shade(n) + "\"><button type=\"button\" data-cell=\"" + index.get()
                + "\" title=\"").text(c.modality() + " → " + c.mechanism() + ": " + n + (n == 1 ? " finding" : " findings"))
                .raw("\">").text(String.valueOf(n)).raw("</button></td>");
    }

    private static void legend(Html h) {
        h.raw("<div class=\"legend\" id=\"matrix-legend\"><span class=\"legend-title\">findings per cell</span>");
        for (int shade = 1; shade <= ConvergenceMatrix.SHADE_FROM.length; shade++) {
            h.raw("<span class=\"legend-item\"><span class=\"swatch s" + shade + "\"></span>")
                    .text(ConvergenceMatrix.shadeRange(shade)).raw("</span>");
        }
        h.raw("</div>");
    }
}
