package org.npkg.extract.time;

/**
 * Coarse time scale of a {@link TimeSpan}. The ontology individuals {@code np:Seconds} …
 * {@code np:Years} carry the same names in title case.
 *
 * <p>Each scale covers seconds from its lower bound (inclusive) up to the next scale's lower
 * bound (exclusive): SECONDS &lt; 60 ≤ MINUTES &lt; 3600 ≤ HOURS &lt; 86400 ≤ DAYS &lt; 604800 ≤
 * WEEKS &lt; 2629800 ≤ MONTHS &lt; 31557600 ≤ YEARS. A month is 30.4375 days (a twelfth of a
 * Julian year) and a year 365.25 days.
 */
public enum Scale {
    SECONDS(0),
    MINUTES(60),
    HOURS(3_600),
    DAYS(86_400),
    WEEKS(604_800),
    MONTHS(2_629_800),
    YEARS(31_557_600);

    private final double lowerBoundSeconds;

    Scale(double lowerBoundSeconds) {
        this.lowerBoundSeconds = lowerBoundSeconds;
    }

    /** The smallest number of seconds on this scale. */
    public double lowerBoundSeconds() {
        return lowerBoundSeconds;
    }

    /** The scale a duration of {@code seconds} falls on; negative or NaN counts as SECONDS. */
    public static Scale of(double seconds) {
        Scale[] all = values();
        for (int i = all.length - 1; i > 0; i--) {
            if (seconds >= all[i].lowerBoundSeconds) {
                return all[i];
            }
        }
        return SECONDS;
    }
}
