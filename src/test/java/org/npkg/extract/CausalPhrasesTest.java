package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Multi-word causal phrases ("sets the stage for", "paves the way for", "translates into") state an Induces. */
class CausalPhrasesTest {

    @Test
    void phrasesOfEnablingInduce() {
        assertEquals(Set.of("ketamine INDUCES spinogenesis"), triples("A single dose of ketamine sets the stage for spinogenesis in mice."));
        assertEquals(Set.of("rTMS INDUCES neurogenesis"), triples("Repeated rTMS may pave the way for neurogenesis."));
        assertEquals(Set.of("ECT INDUCES functional connectivity"), triples("ECT translates into stronger functional connectivity."));
    }

    @Test
    void whatAParticipleFollowsActsInTheMainClause() {
        assertEquals(Set.of("ketamine INDUCES BDNF", "BDNF ACTIVATES TrkB"),
                triples("The rise in BDNF brought on by ketamine activates TrkB."));
    }

    @Test
    void theActAVerbIsDoneByHasTheVerbsSubject() {
        assertEquals(Set.of("BDNF ACTIVATES mTOR", "BDNF ACTIVATES TrkB"), triples("BDNF activates mTOR via agonism to TrkB."));
        assertEquals(Set.of("ketamine INCREASES BDNF", "ketamine INHIBITS NMDAR"),
                triples("Ketamine increases BDNF through blockade of NMDAR."));
    }
}
