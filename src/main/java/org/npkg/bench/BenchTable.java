package org.npkg.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The benchmark's results as a Markdown table, printed row by row as they are measured (a full
 * run takes minutes), so BENCHMARKS.md can quote it as it stands.
 */
final class BenchTable {

    private final PrintStream out;

    BenchTable(PrintStream out) {
        this.out = out;
    }

    void header() {
        out.println("| measure | value | target | met |");
        out.println("|---|---|---|---|");
        out.flush();
    }

    void note(String text) {
        out.println(text);
        out.flush();
    }

    /** A row without a target. */
    void row(String measure, String value) {
        out.printf(Locale.ROOT, "| %s | %s | | |%n", measure, value);
        out.flush();
    }

    /** A row whose value must be at least {@code target}. */
    void atLeast(String measure, double value, String unit, double target) {
        out.printf(Locale.ROOT, "| %s | %s %s | ≥ %s %s | %s |%n", measure, number(value), unit, number(target), unit,
                value >= target ? "yes" : "**no**");
        out.flush();
    }

    /** A row whose value must be at most {@code target}. */
    void atMost(String measure, double value, String unit, double target) {
        out.printf(Locale.ROOT, "| %s | %s %s | ≤ %s %s | %s |%n", measure, number(value), unit, number(target), unit,
                value <= target ? "yes" : "**no**");
        out.flush();
    }

    static String number(double value) {
        if (Double.isInfinite(value)) {
            return "timeout";
        }
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
