package org.npkg.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves author–year markers against a document's bibliography: same first-author surname
 * and year, then narrowed by the year suffix, the second author, or the author count the
 * marker implies. A marker that still fits entries with different DOIs stays unresolved rather
 * than being attached to a guess.
 */
final class CitationResolver {

    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A bibliography entry with its first two surnames folded once, not once per marker. */
    private record Entry(ParsedReference parsed, Surname first, Surname second) {
    }

    /** A listed surname folded whole and by its last word; null keys when none is listed. */
    private record Surname(String whole, String lastWord) {

        static Surname of(String listed) {
            if (listed.isEmpty()) {
                return new Surname(null, null);
            }
            String[] words = SPACES.split(listed);
            return new Surname(AuthorList.fold(listed), AuthorList.fold(words[words.length - 1]));
        }

        /**
         * Citations often drop particles and compound parts that bibliographies keep
         * ("Fernandes" for "de Sousa Fernandes", "Koo" for "Wook Koo"), so the cited name may
         * match the last word.
         */
        boolean matches(String citedKey) {
            return whole != null && !citedKey.isEmpty() && (whole.equals(citedKey) || lastWord.equals(citedKey));
        }
    }

    /**
     * The entries under each folded key their first surname matches ({@link Surname#matches}),
     * in bibliography order: a marker reads the few entries of its surname, not every entry.
     */
    private final Map<String, List<Entry>> byFirstSurname = new HashMap<>();

    CitationResolver(List<ParsedReference> references) {
        for (ParsedReference reference : references) {
            Entry entry = new Entry(reference, Surname.of(surnameAt(reference, 0)), Surname.of(surnameAt(reference, 1)));
            Surname first = entry.first();
            if (first.whole() != null) {
                byFirstSurname.computeIfAbsent(first.whole(), k -> new ArrayList<>()).add(entry);
                if (!first.lastWord().equals(first.whole())) {
                    byFirstSurname.computeIfAbsent(first.lastWord(), k -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /**
     * @param first     first author's surname as cited
     * @param second    second author's surname for "A & B" markers, else null
     * @param etAl      whether the marker says "et al."
     * @param yearLabel year with optional suffix, e.g. "2015a"
     */
    Optional<String> resolve(String first, String second, boolean etAl, String yearLabel) {
        String year = NON_DIGITS.matcher(yearLabel).replaceAll("");
        String firstKey = AuthorList.fold(first);
        List<Entry> candidates = (firstKey.isEmpty() ? List.<Entry>of() : byFirstSurname.getOrDefault(firstKey, List.of()))
                .stream()
                .filter(e -> e.parsed().yearLabel().startsWith(year) && !authors(e).isEmpty())
                .toList();
        if (!yearLabel.equals(year)) {
            candidates = narrow(candidates, e -> e.parsed().yearLabel().equals(yearLabel));
        }
        if (second != null) {
            String secondKey = AuthorList.fold(second);
            candidates = narrow(candidates, e -> e.second().matches(secondKey));
        } else if (etAl) {
            candidates = narrow(candidates, e -> authors(e).size() >= 3);
        } else {
            candidates = narrow(candidates, e -> authors(e).size() == 1);
        }
        List<Optional<String>> dois = candidates.stream().map(e -> e.parsed().reference().doi())
                .distinct().toList();
        return dois.size() == 1 ? dois.get(0) : Optional.empty();
    }

    /** Applies a filter only if something survives it: reports cite loosely. */
    private static List<Entry> narrow(List<Entry> candidates, Predicate<Entry> test) {
        List<Entry> narrowed = candidates.stream().filter(test).toList();
        return narrowed.isEmpty() ? candidates : narrowed;
    }

    private static List<String> authors(Entry entry) {
        return entry.parsed().reference().authors();
    }

    private static String surnameAt(ParsedReference entry, int index) {
        List<String> authors = entry.reference().authors();
        return index < authors.size() ? AuthorList.surname(Objects.requireNonNull(authors.get(index))) : "";
    }
}
