package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number at a position: digits ("24", "1.5", "1,000", "10^3", "2 x 10^4") or words
 * from {@code numbers.tsv} ("five", "a few", "twenty-four"). Huge values become infinity,
 * which the parser caps; reading never throws.
 */
final class NumberReader {

    static final List<String> COLUMNS = List.of("words", "value");

    private static final Pattern DIGITS = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?[x×]\\s?10\\^([-−]?\\d+)|\\^([-−]?\\d+))?");

    record Match(int end, double value, boolean digits) {
    }

    private record Word(String text, double value) {
    }

    private final PrefixIndex<Word> words;

    private NumberReader(List<Word> words) {
        this.words = new PrefixIndex<>(words, Word::text);
    }

    static NumberReader load(TsvTable table) {
        List<Word> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvRow row : table.rows()) {
            list.add(new Word(row.uniqueKey(0, seen), row.number(1)));
        }
        list.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
        return new NumberReader(List.copyOf(list));
    }

    /** Whether a number may start at {@code pos}. */
    boolean mayStartAt(String t, int pos) {
        return Character.isDigit(t.charAt(pos)) || words.mayStartAt(t, pos);
    }

    Optional<Match> at(String t, int pos) {
        if (pos >= t.length() || !Chars.wordStartsAt(t, pos)) {
            return Optional.empty();
        }
        return Character.isDigit(t.charAt(pos)) ? digits(t, pos) : word(t, pos);
    }

    private static Optional<Match> digits(String t, int pos) {
        if (pos >= 2 && ".,^".indexOf(t.charAt(pos - 1)) >= 0 && Character.isDigit(t.charAt(pos - 2))) {
            return Optional.empty(); // the tail of "10.1038" or "10^4"
        }
        Matcher m = DIGITS.matcher(t).region(pos, t.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(3) != null) {
            value *= Math.pow(10, exponent(m.group(3)));
        } else if (m.group(4) != null) {
            value = Math.pow(value, exponent(m.group(4)));
        }
        return Double.isNaN(value) ? Optional.empty() : Optional.of(new Match(m.end(), value, true));
    }

    private static double exponent(String text) {
        return Double.parseDouble(text.replace('−', '-'));
    }

    private Optional<Match> word(String t, int pos) {
        List<Word> candidates = words.at(t, pos);
        for (int k = 0; k < candidates.size(); k++) { // indexed: no iterator for every word of a text
            Word w = candidates.get(k);
            int end = Chars.matchPhrase(t, pos, w.text(), true);
            if (end > 0) {
                return Optional.of(compound(t, end, w.value()));
            }
        }
        return Optional.empty();
    }

    /** "twenty-four": a tens word, a hyphen and a digit word are summed. */
    private Match compound(String t, int end, double tens) {
        boolean isTens = tens >= 20 && tens < 100 && tens % 10 == 0;
        if (isTens && end + 1 < t.length() && Chars.isHyphen(t.charAt(end))) {
            for (Word w : words.at(t, end + 1)) {
                int unitEnd = Chars.matchPhrase(t, end + 1, w.text(), true);
                if (unitEnd > 0 && w.value() >= 1 && w.value() <= 9 && w.value() % 1 == 0) {
                    return new Match(unitEnd, tens + w.value(), false);
                }
            }
        }
        return new Match(end, tens, false);
    }
}
