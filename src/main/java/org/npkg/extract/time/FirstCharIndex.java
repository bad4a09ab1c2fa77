package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The phrases of a table that can match at a position, judged by the first character alone,
 * in the table's order. The scanners try their phrases at every character of a sentence; most
 * characters start none of them, and this index lets them skip the rest without changing which
 * phrase wins: a phrase that {@link Chars#matchPhrase} could match (with or without case) is
 * always among the candidates, and the candidates keep the table's order.
 *
 * @param <T> a table entry
 */
final class FirstCharIndex<T> {

    private final List<T> all;
    private final Map<Character, List<T>> byFirst;
    private final List<T> anyFirst;

    FirstCharIndex(List<T> entries, Function<T, String> phrase) {
        this.all = List.copyOf(entries);
        Set<Character> keys = new LinkedHashSet<>();
        List<T> any = new ArrayList<>();
        for (T entry : entries) {
            String text = phrase.apply(entry);
            if (text.isEmpty() || text.charAt(0) == ' ') {
                any.add(entry); // a leading space matches any run of spaces; an empty phrase anything
            } else {
                keys.add(Character.toLowerCase(text.charAt(0)));
            }
        }
        this.anyFirst = List.copyOf(any);
        Map<Character, List<T>> map = new HashMap<>();
        for (char key : keys) {
            List<T> bucket = new ArrayList<>();
            for (T entry : entries) {
                String text = phrase.apply(entry);
                if (text.isEmpty() || text.charAt(0) == ' ' || Character.toLowerCase(text.charAt(0)) == key) {
                    bucket.add(entry);
                }
            }
            map.put(key, List.copyOf(bucket));
        }
        this.byFirst = Map.copyOf(map);
    }

    /** The entries whose phrase may match at {@code pos} of {@code t}, in table order. */
    List<T> at(String t, int pos) {
        if (pos >= t.length()) {
            return all;
        }
        return byFirst.getOrDefault(Character.toLowerCase(t.charAt(pos)), anyFirst);
    }
}
