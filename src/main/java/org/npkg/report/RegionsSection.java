package org.npkg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npkg.report.ReportData.Place;

/** Per modality, the regions and networks of structural and of functional change, as chips. */
final class RegionsSection {

    private static final List<String> KINDS = List.of("structural", "functional");

    private RegionsSection() {}

    static String html(List<Place> places) {
        Html h = new Html();
        h.raw("<section id=\"regions\"><h2>Regions and networks</h2>")
                .raw("<p class=\"lead\">Where affirmed findings place each modality's structural and functional change. "
                        + "The number is the count of findings.</p>")
                .raw("<div class=\"legend\"><span class=\"legend-item\"><span class=\"chip region\">region</span></span>"
                        + "<span class=\"legend-item\"><span class=\"chip network\">network</span></span></div>");
        if (places.isEmpty()) {
            return h.raw("<p class=\"empty-note\">No finding places a change in a region.</p></section>").toString();
        }
        Map<String, List<Place>> byModality = new LinkedHashMap<>();
        places.forEach(p -> byModality.computeIfAbsent(p.modality(), k -> new ArrayList<>()).add(p));
        h.raw("<table class=\"regions\" id=\"regions-table\"><thead><tr><th scope=\"col\">modality</th>"
                + "<th scope=\"col\">structural change</th><th scope=\"col\">functional change</th></tr></thead><tbody>");
        for (Map.Entry<String, List<Place>> row : byModality.entrySet()) {
            h.raw("<tr><th scope=\"row\">").text(row.getKey()).raw("</th>");
            for (String kind : KINDS) {
                h.raw("<td class=\"" + kind + "\">");
                row.getValue().stream().filter(p -> p.kind().equals(kind)).forEach(p -> chip(h, p));
                h.raw("</td>");
            }
            h.raw("</tr>");
        }
        return h.raw("</tbody></table></section>").toString();
    }

    private static void chip(Html h, Place p) {
        String cls = p.placeKind().equals("network") ? "network" : "region";
        h.raw("<span class=\"chip " + cls + "\" title=\"").text(p.place() + " (" + p.placeKind() + "): " + p.findings()
                + (p.findings() == 1 ? " finding" : " findings")).raw("\">").text(p.place())
                .raw("<b>").text(String.valueOf(p.findings())).raw("</b></span>");
    }
}
