package org.npkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What may stand between two mentions listed together: white space, {@code , / & ( )} and
 * connector words ("and", "such as", "e.g.", "the", "drugs"). The text between every two
 * mentions of one role is asked; most of it is a clause ("increases the expression of"), which
 * the pattern failed only after attempts at many of its characters. A word that is none of the
 * connectors' words now fails it at once; when every word is one, the pattern decides.
 */
final class Connectors {

    /** The connectors, case aside; "e.g." and "i.e." need no word boundary after their stop. */
    private static final List<String> PHRASES = List.of("and", "or", "nor", "both", "either", "as well as", "plus",
            "such as", "e.g.", "i.e.", "including", "like", "especially", "particularly", "notably", "the", "other",
            "its", "upstream", "downstream", "intervention", "interventions", "treatment", "treatments", "drug",
            "drugs", "compound", "compounds", "agent", "agents", "therapy", "therapies", "medication", "medications");

    private static final Pattern CONNECTORS = Pattern.compile(PHRASES.stream()
            .map(p -> "\\b" + Pattern.quote(p) + (p.endsWith(".") ? "" : "\\b"))
            .collect(Collectors.joining("|", "(?i)(\\s|,|/|&|\\(|\\)|", ")*")));

    /** Every run of letters in a connector: a run of (ASCII) letters in a match is one of these, case aside. */
    private static final Set<String> WORDS = PHRASES.stream().flatMap(p -> List.of(p.split("[^a-z]+")).stream())
            .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());

    /** The characters other than letters a match can hold: what {@code \s} matches, {@code , / & ( )}, and '.'. */
    private static final String OTHERS = " \t\n\u000B\f\r,/&().";

    private Connectors() {
    }

    /** Whether {@code between} is connectors and nothing else (or nothing at all). */
    static boolean join(String between) {
        return mayJoin(between) && CONNECTORS.matcher(between).matches();
    }

    /** False when a character or a word of {@code between} can be in no match. */
    private static boolean mayJoin(String between) {
        int i = 0;
        while (i < between.length()) {
            char c = between.charAt(i);
            if (isAsciiLetter(c)) {
                int start = i;
                while (i < between.length() && isAsciiLetter(between.charAt(i))) {
                    i++;
                }
                if (!WORDS.contains(between.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return false;
                }
            } else if (OTHERS.indexOf(c) >= 0) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
