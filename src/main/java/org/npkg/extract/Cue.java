package org.npkg.extract;

/**
 * A negation or hedging cue in a sentence, with the span of text it governs. Offsets are into the
 * sentence text; the scope starts at the cue and ends at its clause's or sentence's end.
 */
public record Cue(int start, int end, Kind kind, String phrase, int scopeEnd) {

    public enum Kind { NEGATION, HEDGE }

    public boolean covers(int offset) {
        return offset >= start && offset < scopeEnd;
    }
}
