package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationResolverTest {

    private static ParsedReference entry(String yearLabel, String doi, String... authors) {
        return new ParsedReference(new Reference(0, 1, List.of(authors), Optional.of(Integer.parseInt(yearLabel.substring(0, 4))),
                "A title", "A venue", Optional.of(doi)), yearLabel);
    }

    private final CitationResolver resolver = new CitationResolver(List.of(
            entry("2019", "10.1/fernandes", "de Sousa Fernandes, A.", "Li, B."),
            entry("2020a", "10.1/koo-a", "Wook Koo, J."),
            entry("2020b", "10.1/koo-b", "Wook Koo, J."),
            entry("2021", "10.1/price", "Price, C.", "Duman, R. S.")));

    @Test
    void aCitedSurnameMatchesTheWholeListedOneOrItsLastWord() {
        assertEquals(Optional.of("10.1/fernandes"), resolver.resolve("de Sousa Fernandes", null, false, "2019"));
        assertEquals(Optional.of("10.1/fernandes"), resolver.resolve("Fernandes", null, false, "2019"));
        assertEquals(Optional.empty(), resolver.resolve("Sousa", null, false, "2019"));
        assertEquals(Optional.empty(), resolver.resolve("Fernandes", null, false, "2018"));
    }

    @Test
    void aYearSuffixOrASecondAuthorChoosesBetweenEntries() {
        assertEquals(Optional.empty(), resolver.resolve("Koo", null, false, "2020"), "two DOIs fit");
        assertEquals(Optional.of("10.1/koo-b"), resolver.resolve("Koo", null, false, "2020b"));
        assertEquals(Optional.of("10.1/price"), resolver.resolve("Price", "Duman", false, "2021"));
        assertEquals(Optional.empty(), resolver.resolve("Duman", null, false, "2021"), "a second author is not a first");
    }
}
