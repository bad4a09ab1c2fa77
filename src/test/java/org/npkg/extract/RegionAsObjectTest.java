package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A region naming its networks or changes ("cortical networks", "hippocampal changes") is an object when nothing else is. */
class RegionAsObjectTest {

    private final Extractor extractor = Extractor.builder().lexicon(FixtureLexicon.lexicon()).build();

    private Set<String> triples(String text) {
        return extractor.analyse(sentence(text), List.of()).findings().stream()
                .map(f -> f.subject().label() + " " + f.relation() + " " + f.object().label())
                .collect(Collectors.toSet());
    }

    @Test
    void aRegionBeforeNetworksOrChangesIsTheObject() {
        assertEquals(Set.of("psilocybin MODULATES mPFC"), triples("Psilocybin alters mPFC networks within hours."));
        assertEquals(Set.of("fluoxetine MODULATES hippocampus"), triples("Long-term fluoxetine leads to hippocampus changes on MRI."));
    }

    @Test
    void aRegionModifyingAnotherNounIsNot() {
        assertEquals(Set.of(), triples("Psilocybin alters mPFC neurons within hours."));
        assertEquals(Set.of("ketamine INCREASES BDNF"), triples("Ketamine increases BDNF in mPFC circuits."));
    }
}
