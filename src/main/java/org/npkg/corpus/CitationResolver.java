package org.npkg.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resolves author–year markers against a document's bibliography: same first-author surname
 * and year, then narrowed by the year suffix, the second author, or the author count the
 * marker implies. A marker that still fits entries with different DOIs stays unresolved rather
 * than being attached to a guess.
 */
final class CitationResolver {

    private final List<ParsedReference> entries;

    CitationResolver(List<ParsedReference> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param first     first author's surname as cited
     * @param second    second author's surname for "A & B" markers, else null
     * @param etAl      whether the marker says "et al."
     * @param yearLabel year with optional suffix, e.g. "2015a"
     */
    Optional<String> resolve(String first, String second, boolean etAl, String yearLabel) {
        String year = yearLabel.replaceAll("\\D", "");
        List<ParsedReference> candidates = entries.stream()
                .filter(e -> e.yearLabel().startsWith(year) && !e.reference().authors().isEmpty())
                .filter(e -> sameSurname(surnameAt(e, 0), first))
                .toList();
        if (!yearLabel.equals(year)) {
            candidates = narrow(candidates, e -> e.yearLabel().equals(yearLabel));
        }
        if (second != null) {
            candidates = narrow(candidates, e -> sameSurname(surnameAt(e, 1), second));
        } else if (etAl) {
            candidates = narrow(candidates, e -> e.reference().authors().size() >= 3);
        } else {
            candidates = narrow(candidates, e -> e.reference().authors().size() == 1);
        }
        List<Optional<String>> dois = candidates.stream().map(e -> e.reference().doi())
                .distinct().toList();
        return dois.size() == 1 ? dois.get(0) : Optional.empty();
    }

    /** Applies a filter only if something survives it: reports cite loosely. */
    private static List<ParsedReference> narrow(List<ParsedReference> candidates,
            Predicate<ParsedReference> test) {
        List<ParsedReference> narrowed = candidates.stream().filter(test).toList();
        return narrowed.isEmpty() ? candidates : narrowed;
    }

    /**
     * Citations often drop particles and compound parts that bibliographies keep ("Fernandes"
     * for "de Sousa Fernandes", "Koo" for "Wook Koo"), so the cited name may match the last word.
     */
    private static boolean sameSurname(String listed, String cited) {
        String key = AuthorList.fold(cited);
        if (listed.isEmpty() || key.isEmpty()) {
            return false;
        }
        String[] words = listed.split("\\s+");
        return AuthorList.fold(listed).equals(key) || AuthorList.fold(words[words.length - 1]).equals(key);
    }

    private static String surnameAt(ParsedReference entry, int index) {
        List<String> authors = entry.reference().authors();
        return index < authors.size() ? AuthorList.surname(Objects.requireNonNull(authors.get(index))) : "";
    }
}
