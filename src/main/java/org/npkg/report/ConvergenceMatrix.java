package org.npkg.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npkg.report.ReportData.MatrixCell;

/**
 * The matrix's layout: modalities as rows and mechanisms as columns, each ordered by its number
 * of findings (most first, then by name), and the shade of a count.
 */
final class ConvergenceMatrix {

    /** Lower bounds of the shades 1..5; a count of 0 has no shade. */
    static final int[] SHADE_FROM = {1, 2, 4, 8, 16};

    private final List<MatrixCell> cells;
    private final Map<String, Integer> cellIndex = new HashMap<>();
    private final List<String> modalities;
    private final List<String> mechanisms;
    private final Map<String, Integer> modalityTotals = new LinkedHashMap<>();
    private final Map<String, Integer> mechanismTotals = new LinkedHashMap<>();

    ConvergenceMatrix(List<MatrixCell> cells) {
        this.cells = cells;
        for (int i = 0; i < cells.size(); i++) {
            MatrixCell c = cells.get(i);
            cellIndex.put(key(c.modality(), c.mechanism()), i);
            modalityTotals.merge(c.modality(), c.findings().size(), Integer::sum);
            mechanismTotals.merge(c.mechanism(), c.findings().size(), Integer::sum);
        }
        this.modalities = byTotal(modalityTotals);
        this.mechanisms = byTotal(mechanismTotals);
    }

    List<String> modalities() {
        return modalities;
    }

    List<String> mechanisms() {
        return mechanisms;
    }

    int modalityTotal(String modality) {
        return modalityTotals.getOrDefault(modality, 0);
    }

    int mechanismTotal(String mechanism) {
        return mechanismTotals.getOrDefault(mechanism, 0);
    }

    /** The position of the cell in {@link ReportData#matrix()}, which the page's script uses. */
    Optional<Integer> index(String modality, String mechanism) {
        return Optional.ofNullable(cellIndex.get(key(modality, mechanism)));
    }

    MatrixCell cell(int index) {
        return cells.get(index);
    }

    /** 0 for no findings, else 1..5 by {@link #SHADE_FROM}. */
    static int shade(int count) {
        int shade = 0;
        for (int i = 0; i < SHADE_FROM.length; i++) {
            if (count >= SHADE_FROM[i]) {
                shade = i + 1;
            }
        }
        return shade;
    }

    /** The legend's text for a shade: "1", "2–3", …, "16+". */
    static String shadeRange(int shade) {
        int from = SHADE_FROM[shade - 1];
        if (shade == SHADE_FROM.length) {
            return from + "+";
        }
        int to = SHADE_FROM[shade] - 1;
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    private static List<String> byTotal(Map<String, Integer> totals) {
        return totals.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -totals.get(k)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static String key(String modality, String mechanism) {
        return modality + "\u0000" + mechanism;
    }
}
