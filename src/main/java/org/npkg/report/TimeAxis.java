package org.npkg.report;

import java.util.List;
import java.util.Locale;

/**
 * A logarithmic time axis from one minute to one year, mapped onto a span of pixels, with a tick
 * at each unit a reader thinks in.
 */
final class TimeAxis {

    /** A tick: its time in seconds and its label. */
    record Tick(double seconds, String label) {}

    static final double MINUTE = 60;
    static final double HOUR = 3600;
    static final double DAY = 86_400;
    static final double WEEK = 604_800;
    static final double MONTH = 2_629_800;
    static final double YEAR = 31_557_600;

    static final List<Tick> TICKS = List.of(new Tick(MINUTE, "minute"), new Tick(HOUR, "hour"), new Tick(DAY, "day"),
            new Tick(WEEK, "week"), new Tick(MONTH, "month"), new Tick(YEAR, "year"));

    private final double left;
    private final double right;

    TimeAxis(double left, double right) {
        this.left = left;
        this.right = right;
    }

    double left() {
        return left;
    }

    double right() {
        return right;
    }

    /** The x position of a time; times outside the axis are held at its ends. */
    double x(double seconds) {
        double clamped = Math.max(MINUTE, Math.min(YEAR, seconds));
        double t = (Math.log(clamped) - Math.log(MINUTE)) / (Math.log(YEAR) - Math.log(MINUTE));
        return left + t * (right - left);
    }

    /** A time as a reader would say it: "0 s", "4 hours", "3 days", "2 weeks", "1 month". */
    static String human(double seconds) {
        if (seconds <= 0) {
            return "0 s";
        }
        double[] units = {YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, 1};
        String[] names = {"year", "month", "week", "day", "hour", "minute", "second"};
        for (int i = 0; i < units.length; i++) {
            double n = seconds / units[i];
            if (n >= 1 && isWhole(n)) {
                long whole = Math.round(n);
                return whole + " " + names[i] + (whole == 1 ? "" : "s");
            }
            if (n >= 1) {
                return String.format(Locale.ROOT, "%.1f %ss", n, names[i]);
            }
        }
        return String.format(Locale.ROOT, "%.1f seconds", seconds);
    }

    private static boolean isWhole(double n) {
        return Math.abs(n - Math.rint(n)) < 1e-6;
    }
}
