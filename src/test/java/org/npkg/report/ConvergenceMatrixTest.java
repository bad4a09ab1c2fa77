package org.npkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.npkg.report.ReportData.MatrixCell;

class ConvergenceMatrixTest {

    private final ConvergenceMatrix matrix = new ConvergenceMatrix(List.of(
            new MatrixCell("ECT", "BDNF", List.of("f1")),
            new MatrixCell("psychedelics", "BDNF", List.of("f2", "f3")),
            new MatrixCell("psychedelics", "TrkB", List.of("f4", "f5", "f6"))));

    @Test
    void rowsAndColumnsGoFromMostFindingsToFewest() {
        assertEquals(List.of("psychedelics", "ECT"), matrix.modalities());
        assertEquals(List.of("BDNF", "TrkB"), matrix.mechanisms(), "a tie goes by name");
        assertEquals(5, matrix.modalityTotal("psychedelics"));
        assertEquals(3, matrix.mechanismTotal("BDNF"));
        assertEquals(2, matrix.index("psychedelics", "TrkB").orElseThrow());
        assertTrue(matrix.index("ECT", "TrkB").isEmpty());
    }

    @Test
    void shadesDoubleAndTheLegendSaysSo() {
        assertEquals(List.of(0, 1, 2, 2, 3, 3, 4, 5, 5), List.of(0, 1, 2, 3, 4, 7, 8, 16, 99).stream()
                .map(ConvergenceMatrix::shade).toList());
        assertEquals(List.of("1", "2–3", "4–7", "8–15", "16+"), List.of(1, 2, 3, 4, 5).stream()
                .map(ConvergenceMatrix::shadeRange).toList());
    }
}
