package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The phrases of a table that can match at a position, judged by the first two characters, in
 * the table's order. The scanners try their phrases at every character of a sentence; most
 * positions start none of them, and this index lets them skip the rest without changing which
 * phrase wins: a phrase that {@link Chars#matchPhrase} could match (with or without case) is
 * always among the candidates, and the candidates keep the table's order.
 *
 * <p>Characters are compared lower-cased, as {@link Chars#matchPhrase} does when it ignores
 * case, and any white space counts as one, since a space in a phrase matches any run of spaces.
 *
 * @param <T> a table entry
 */
final class PrefixIndex<T> {

    /** The candidates after one first character: by second character, else {@code rest}. */
    private record Bucket<T>(Map<Character, List<T>> bySecond, List<T> rest) {
        List<T> at(String t, int pos) {
            return pos < t.length() ? bySecond.getOrDefault(key(t.charAt(pos)), rest) : rest;
        }
    }

    private final List<T> all;
    private final Map<Character, Bucket<T>> byFirst;
    private final List<T> anyFirst;

    PrefixIndex(List<T> entries, Function<T, String> phrase) {
        this.all = List.copyOf(entries);
        this.anyFirst = select(entries, phrase, text -> text.isEmpty() || text.charAt(0) == ' ');
        Map<Character, Bucket<T>> map = new HashMap<>();
        for (T entry : entries) {
            String text = phrase.apply(entry);
            if (!text.isEmpty() && text.charAt(0) != ' ') {
                map.computeIfAbsent(key(text.charAt(0)), first -> bucket(entries, phrase, first));
            }
        }
        this.byFirst = Map.copyOf(map);
    }

    /** The entries whose phrase may match at {@code pos} of {@code t}, in table order. */
    List<T> at(String t, int pos) {
        if (pos >= t.length()) {
            return all;
        }
        Bucket<T> bucket = byFirst.get(key(t.charAt(pos)));
        return bucket == null ? anyFirst : bucket.at(t, pos + 1);
    }

    /** A phrase starting with {@code first} stays a candidate if its second character matches. */
    private static <T> Bucket<T> bucket(List<T> entries, Function<T, String> phrase, char first) {
        List<T> starting = select(entries, phrase, text -> text.isEmpty() || text.charAt(0) == ' '
                || key(text.charAt(0)) == first);
        Map<Character, List<T>> bySecond = new HashMap<>();
        for (T entry : starting) {
            String text = phrase.apply(entry);
            if (text.length() >= 2 && text.charAt(0) != ' ') {
                char second = key(text.charAt(1));
                bySecond.computeIfAbsent(second, s -> select(starting, phrase,
                        other -> other.length() < 2 || other.charAt(0) == ' ' || key(other.charAt(1)) == s));
            }
        }
        List<T> rest = select(starting, phrase, text -> text.length() < 2 || text.charAt(0) == ' ');
        return new Bucket<>(Map.copyOf(bySecond), rest);
    }

    private static <T> List<T> select(List<T> entries, Function<T, String> phrase,
            Predicate<String> keep) {
        List<T> kept = new ArrayList<>();
        for (T entry : entries) {
            if (keep.test(phrase.apply(entry))) {
                kept.add(entry);
            }
        }
        return List.copyOf(kept);
    }

    private static char key(char c) {
        return Chars.isSpace(c) ? ' ' : Character.toLowerCase(c);
    }
}
