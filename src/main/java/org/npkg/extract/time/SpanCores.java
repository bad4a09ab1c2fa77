package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every time span holds: an ASCII digit, or, starting a word, a unit form that may follow a
 * number word or stand alone ("day", "weeks") or a qualitative word ("rapid"). Forms written only
 * after digits ("h", "min") come with a digit. Past the last of these in a sentence no span can
 * start, so the walk over the sentence, which asks every word whether a cue or a number word
 * ("after", "a") starts there, stops at it; most sentences hold none and are not walked at all.
 */
final class SpanCores {

    /** The words of the forms and qualitative words up to their first space, as written. */
    private final List<String> words;
    /** For each {@link Triple}, whether a word starts with it; empty when some word has no triple. */
    private final long[] triples;
    /** Whether every word starts with a letter or digit, so that a core starts a word. */
    private final boolean atWordStarts;

    SpanCores(List<String> phrases) {
        List<String> firstWords = new ArrayList<>();
        for (String phrase : phrases) {
            int space = phrase.indexOf(' ');
            firstWords.add(space < 0 ? phrase : phrase.substring(0, space));
        }
        this.words = List.copyOf(firstWords);
        this.atWordStarts = words.stream().allMatch(w -> !w.isEmpty() && Chars.isWordChar(w.charAt(0)));
        boolean allHaveTriples = words.stream().allMatch(w -> Triple.at(w, 0) >= 0);
        this.triples = allHaveTriples ? Triple.bits(text -> words.stream()
                .anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith(text))) : new long[0];
    }

    /** The offset of the last core in {@code t}, or -1 when it holds none. */
    int last(String t) {
        if (!atWordStarts) {
            return t.length() - 1; // a table word that starts otherwise: the whole sentence is walked
        }
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || Chars.isWordChar(c) && Chars.wordStartsAt(t, i) && wordAt(t, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether one of the words starts at {@code i} and ends a word, as {@link Chars#matchPhrase}
     * reads it ignoring case. Three ASCII letters (case folded) answer with one bit; anything else
     * (a short word, other scripts, whose letters may fold to ASCII ones) is compared.
     */
    private boolean wordAt(String t, int i) {
        int triple = triples.length == 0 ? -1 : Triple.at(t, i);
        if (triple >= 0 && !Triple.has(triples, triple)) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) { // indexed: no iterator at every word
            if (Chars.matchPhrase(t, i, words.get(k), true) > 0) {
                return true;
            }
        }
        return false;
    }
}
