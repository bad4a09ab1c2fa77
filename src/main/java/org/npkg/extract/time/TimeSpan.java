package org.npkg.extract.time;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A time expression found in a string and normalised to seconds.
 *
 * @param start        offset of the first character in the string given to the parser
 * @param end          offset just past the last character ({@code [start, end)})
 * @param text         the substring {@code [start, end)}
 * @param minSeconds   lower bound of the duration, in seconds
 * @param maxSeconds   upper bound in seconds; empty when open-ended ("at least 2 hours")
 * @param scale        coarse scale of the upper bound, or of the lower bound when open-ended,
 *                     or the scale a qualitative word is mapped to
 * @param qualitative  true when the span comes from a word such as "acute" rather than a
 *                     number or unit
 */
public record TimeSpan(int start, int end, String text, double minSeconds, OptionalDouble maxSeconds,
        Scale scale, boolean qualitative) {

    public TimeSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(maxSeconds, "maxSeconds");
        Objects.requireNonNull(scale, "scale");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad offsets [" + start + "," + end + ") for '" + text + "'");
        }
        if (!(minSeconds >= 0) || Double.isInfinite(minSeconds)) {
            throw new IllegalArgumentException("minSeconds must be finite and >= 0: " + minSeconds);
        }
        if (maxSeconds.isPresent()
                && (!(maxSeconds.getAsDouble() >= minSeconds) || Double.isInfinite(maxSeconds.getAsDouble()))) {
            throw new IllegalArgumentException("maxSeconds must be finite and >= minSeconds: " + maxSeconds);
        }
    }

    /** True when the span has no upper bound. */
    public boolean openEnded() {
        return maxSeconds.isEmpty();
    }
}
