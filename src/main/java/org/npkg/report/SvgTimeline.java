package org.npkg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.npkg.report.ReportData.Onset;

/**
 * The time course as inline SVG, drawn here rather than in the browser so the page needs no
 * script to show it: per modality one bar per stated onset span on a {@link TimeAxis},
 * functional change above structural, a dot where the span is one moment, a fading bar where
 * it has no end.
 */
final class SvgTimeline {

    static final int WIDTH = 1080;
    private static final int LABEL_WIDTH = 250;
    private static final int TOP = 34;
    private static final int ROW = 17;
    private static final int GROUP_GAP = 12;
    private static final double CHAR_WIDTH = 6.1;

    /** Where times fall: right of the modality labels. */
    static final TimeAxis AXIS = new TimeAxis(LABEL_WIDTH + 10, WIDTH - 20);

    private final TimeAxis axis = AXIS;
    private final Html h = new Html();
    private double y = TOP;

    private SvgTimeline() {}

    static String svg(List<Onset> onsets) {
        return new SvgTimeline().draw(onsets);
    }

    private String draw(List<Onset> onsets) {
        Map<String, List<Onset>> byModality = new LinkedHashMap<>();
        for (String kind : List.of("functional", "structural")) {
            onsets.stream().filter(o -> o.kind().equals(kind))
                    .forEach(o -> byModality.computeIfAbsent(o.modality(), k -> new ArrayList<>()).add(o));
        }
        StringBuilder body = new StringBuilder();
        int band = 0;
        for (Map.Entry<String, List<Onset>> group : byModality.entrySet()) {
            body.append(group(group.getKey(), group.getValue(), band++ % 2 == 0));
        }
        double height = y + 30;
        h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" id=\"timeline-chart\" role=\"img\" "
                + "viewBox=\"0 0 " + WIDTH + " " + num(height) + "\" width=\"" + WIDTH + "\" height=\"" + num(height) + "\">")
                .raw("<title>Stated onset of functional and structural change per modality</title>")
                .raw("<defs>" + fade("functional") + fade("structural") + "</defs>");
        grid(height);
        return h.raw(body.toString()).raw("</svg>").toString();
    }

    private String group(String modality, List<Onset> spans, boolean shaded) {
        Html g = new Html();
        double top = y;
        double height = spans.size() * ROW + 6;
        g.raw("<g class=\"modality\"><rect class=\"band" + (shaded ? " shaded" : "") + "\" x=\"0\" y=\"" + num(top)
                + "\" width=\"" + WIDTH + "\" height=\"" + num(height) + "\"/>");
        List<String> lines = wrap(modality, 34);
        for (int i = 0; i < lines.size(); i++) {
            g.raw("<text class=\"modality-label\" x=\"8\" y=\"" + num(top + 15 + i * 14) + "\">").text(lines.get(i)).raw("</text>");
        }
        double rowY = top + 3;
        for (Onset o : spans) {
            span(g, modality, o, rowY + ROW / 2.0);
            rowY += ROW;
        }
        y = top + Math.max(height, lines.size() * 14 + 8) + GROUP_GAP / 2.0;
        return g.raw("</g>").toString();
    }

    private void span(Html g, String modality, Onset o, double cy) {
        double x1 = axis.x(o.minSeconds());
        double x2 = o.maxSeconds() == null ? axis.right() : axis.x(o.maxSeconds());
        String to = o.maxSeconds() == null ? "onward" : "to " + TimeAxis.human(o.maxSeconds());
        String tip = modality + " · " + o.kind() + " · “" + o.said() + "” · from " + TimeAxis.human(o.minSeconds()) + " "
                + to + " · " + o.findings() + (o.findings() == 1 ? " finding" : " findings");
        g.raw("<g class=\"span " + o.kind() + "\"><title>").text(tip).raw("</title>");
        if (o.maxSeconds() != null && x2 - x1 < 1) {
            g.raw("<circle cx=\"" + num(x1) + "\" cy=\"" + num(cy) + "\" r=\"5\"/>");
        } else {
            String open = o.maxSeconds() == null ? " class=\"open\"" : "";
            g.raw("<rect" + open + " x=\"" + num(x1) + "\" y=\"" + num(cy - 5) + "\" width=\"" + num(Math.max(x2 - x1, 2))
                    + "\" height=\"10\" rx=\"3\"/>");
        }
        String label = (o.said().length() > 42 ? o.said().substring(0, 41) + "…" : o.said())
                + (o.findings() > 1 ? " ×" + o.findings() : "");
        double width = label.length() * CHAR_WIDTH;
        double end = Math.max(x2, x1 + 5);
        if (end + 8 + width <= axis.right() + 15) {
            g.raw("<text class=\"span-label\" x=\"" + num(end + 7) + "\" y=\"" + num(cy + 4) + "\">");
        } else {
            g.raw("<text class=\"span-label\" text-anchor=\"end\" x=\"" + num(Math.max(x1 - 7, axis.left() + width))
                    + "\" y=\"" + num(cy + 4) + "\">");
        }
        g.text(label).raw("</text></g>");
    }

    private void grid(double height) {
        h.raw("<g class=\"axis\">");
        for (TimeAxis.Tick tick : TimeAxis.TICKS) {
            String x = num(axis.x(tick.seconds()));
            h.raw("<line class=\"grid\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + (TOP - 6) + "\" y2=\"" + num(height - 22) + "\"/>")
                    .raw("<text class=\"tick\" text-anchor=\"middle\" x=\"" + x + "\" y=\"" + (TOP - 12) + "\">").text(tick.label())
                    .raw("</text><text class=\"tick\" text-anchor=\"middle\" x=\"" + x + "\" y=\"" + num(height - 8) + "\">")
                    .text(tick.label()).raw("</text>");
        }
        h.raw("</g>");
    }

    private static String fade(String kind) {
        return "<linearGradient id=\"open-" + kind + "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
                + "<stop offset=\"0\" class=\"stop-" + kind + "\" stop-opacity=\"1\"/>"
                + "<stop offset=\"1\" class=\"stop-" + kind + "\" stop-opacity=\"0.08\"/></linearGradient>";
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
