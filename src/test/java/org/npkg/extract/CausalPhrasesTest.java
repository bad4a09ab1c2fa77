package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Multi-word causal phrases ("sets the stage for", "paves the way for", "translates into") state an Induces. */
class CausalPhrasesTest {

    private final Extractor extractor = Extractor.builder().lexicon(FixtureLexicon.lexicon()).build();

    private Set<String> triples(String text) {
        return extractor.analyse(sentence(text), List.of()).findings().stream()
                .map(f -> f.subject().label() + " " + f.relation() + " " + f.object().label())
                .collect(Collectors.toSet());
    }

    @Test
    void phrasesOfEnablingInduce() {
        assertEquals(Set.of("ketamine INDUCES spinogenesis"), triples("A single dose of ketamine sets the stage for spinogenesis in mice."));
        assertEquals(Set.of("rTMS INDUCES neurogenesis"), triples("Repeated rTMS may pave the way for neurogenesis."));
        assertEquals(Set.of("ECT INDUCES functional connectivity"), triples("ECT translates into stronger functional connectivity."));
    }
}
