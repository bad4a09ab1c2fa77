package org.npkg.report;

import java.util.List;
import org.npkg.report.ReportData.Onset;

/** The time course: a legend, the SVG chart and a note on how spans are read. */
final class TimelineSection {

    private TimelineSection() {}

    static String html(List<Onset> onsets) {
        Html h = new Html();
        h.raw("<section id=\"timeline\"><h2>Time course</h2>")
                .raw("<p class=\"lead\">When the reports say functional and structural change appears after each kind of "
                        + "treatment, on a logarithmic axis from a minute to a year. Each bar is a span the text states "
                        + "(“within 24 hours”, “after 72 hours”); ×n counts the findings that state it. Hover for details.</p>")
                .raw("<div class=\"legend\" id=\"timeline-legend\">")
                .raw("<span class=\"legend-item\"><span class=\"swatch functional\"></span>functional change</span>")
                .raw("<span class=\"legend-item\"><span class=\"swatch structural\"></span>structural change</span>")
                .raw("<span class=\"legend-item\"><span class=\"dot\"></span>at one moment</span>")
                .raw("<span class=\"legend-item\"><span class=\"swatch open\"></span>no stated end (“chronic”)</span>")
                .raw("<span class=\"legend-item note\">spans starting at 0 are drawn from one minute</span></div>");
        if (onsets.isEmpty()) {
            return h.raw("<p class=\"empty-note\">No finding states when a change appears.</p></section>").toString();
        }
        return h.raw("<div class=\"scroll\">").raw(SvgTimeline.svg(onsets)).raw("</div></section>").toString();
    }
}
