package org.npkg.extract.time;

/**
 * A number-and-unit or bare-unit phrase before cues are applied, in seconds and uncapped.
 *
 * @param scaleOfHigh the scale the span gets while its upper bound is {@code high}: the scale
 *                    of {@code high} for numbers, the upper unit's own scale for bare units
 *                    (whose upper bound is exclusive)
 */
record Quantity(int start, int end, double low, double high, Scale scaleOfHigh) {

    static Quantity numeric(int start, int end, double a, double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        return new Quantity(start, end, low, high, Scale.of(high));
    }

    int length() {
        return end - start;
    }
}
