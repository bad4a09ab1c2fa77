package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Qualitative time words ({@code qualitative.tsv}): "acute", "rapidly", "chronic", "delayed". */
final class QualitativeTable {

    static final List<String> COLUMNS = List.of("word", "min_seconds", "max_seconds", "scale", "not_before");

    private record Word(String text, double min, OptionalDouble max, Scale scale, Set<String> notBefore) {
    }

    private final PrefixIndex<Word> words;
    private final List<Word> all;

    private QualitativeTable(List<Word> words) {
        this.words = new PrefixIndex<>(words, Word::text);
        this.all = words;
    }

    static QualitativeTable load(TsvTable table) {
        List<Word> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvRow row : table.rows()) {
            String text = row.uniqueKey(0, seen);
            double min = row.number(1);
            OptionalDouble max = row.get(2).equals("open") ? OptionalDouble.empty() : OptionalDouble.of(row.number(2));
            if (max.isPresent() && max.getAsDouble() < min) {
                throw row.error(2, "max_seconds " + max.getAsDouble() + " is below min_seconds " + min);
            }
            Scale scale = row.constant(3, Scale.class);
            Set<String> notBefore = row.get(4).equals("-") ? Set.of()
                    : Set.of(row.get(4).toLowerCase(Locale.ROOT).split(","));
            list.add(new Word(text, min, max, scale, notBefore));
        }
        list.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
        return new QualitativeTable(List.copyOf(list));
    }

    boolean mayStartAt(String t, int pos) {
        return words.mayStartAt(t, pos);
    }

    /** The qualitative words and phrases, as written in the table. */
    List<String> texts() {
        return all.stream().map(Word::text).toList();
    }

    /** The qualitative word starting at {@code pos}, unless it is part of a name. */
    Optional<TimeSpan> at(String t, int pos) {
        if (!Chars.wordStartsAt(t, pos) || inCompound(t, pos - 1, -1)) {
            return Optional.empty();
        }
        List<Word> candidates = words.at(t, pos);
        for (int k = 0; k < candidates.size(); k++) { // indexed: no iterator for every word of a text
            Word w = candidates.get(k);
            int end = Chars.matchPhrase(t, pos, w.text(), true);
            if (end > 0) {
                if (inCompound(t, end, 1) || !w.notBefore().isEmpty() && w.notBefore().contains(nextWord(t, end))) {
                    return Optional.empty();
                }
                return Optional.of(new TimeSpan(pos, end, t.substring(pos, end), w.min(), w.max(), w.scale(), true));
            }
        }
        return Optional.empty();
    }

    /** A hyphen at {@code i} with a letter beyond it in direction {@code step}. */
    private static boolean inCompound(String t, int i, int step) {
        int beyond = i + step;
        return i >= 0 && i < t.length() && Chars.isHyphen(t.charAt(i))
                && beyond >= 0 && beyond < t.length() && Character.isLetter(t.charAt(beyond));
    }

    private static String nextWord(String t, int end) {
        int start = Chars.skipSpaces(t, end);
        int stop = start;
        while (stop < t.length() && (Chars.isWordChar(t.charAt(stop)) || Chars.isHyphen(t.charAt(stop)))) {
            stop++;
        }
        return t.substring(start, stop).toLowerCase(Locale.ROOT);
    }
}
