package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** "X …; it/they VERB …": a pronoun subject stands for the sentence's first subject when that is an agent. */
class PronounSubjectTest {

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
