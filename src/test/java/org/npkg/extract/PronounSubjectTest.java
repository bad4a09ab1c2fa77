package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "X …; it/they VERB …": a pronoun subject stands for the sentence's first subject when that is an agent. */
class PronounSubjectTest {

    private final Extractor extractor = Extractor.builder().lexicon(FixtureLexicon.lexicon()).build();

    private Set<String> triples(String text) {
        return extractor.analyse(sentence(text), List.of()).findings().stream()
                .map(f -> f.subject().label() + " " + f.relation() + " " + f.object().label())
                .collect(Collectors.toSet());
    }

    @Test
    void aPronounAfterASemicolonTakesTheFirstAgent() {
        assertEquals(Set.of("ketamine INHIBITS NMDAR", "ketamine INCREASES BDNF"),
                triples("Ketamine blocks NMDAR channels; it then raises BDNF within hours."));
    }

    @Test
    void aPronounStandingForAMechanismNamesNoAgent() {
        assertEquals(Set.of(), triples("BDNF rises after ECT; it activates TrkB in neurons."));
    }
}
