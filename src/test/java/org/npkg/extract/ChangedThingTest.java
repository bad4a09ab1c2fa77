package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What changes when a change verb has nothing after it to act on ("spine density increased"), or is
 * a passive with no "by" ("BDNF levels were elevated"): what is written before it; the agent is the
 * one named earlier in the clause, or after it.
 */
class ChangedThingTest {

    @Test
    void aChangeVerbWithNothingAfterItChangesWhatPrecedesIt() {
        assertEquals(Set.of("ketamine INCREASES spine density"),
                triples("Following ketamine administration, spine density increased in the mPFC."));
        assertEquals(Set.of("ketamine INCREASES BDNF"), triples("BDNF levels rapidly rose after ketamine in rats."));
    }

    @Test
    void aChangeVerbWithAnObjectAfterItKeepsIt() {
        assertEquals(Set.of("BDNF INCREASES spine density"), triples("BDNF increased spine density in the mPFC."));
    }

    @Test
    void aPassiveWithoutByTakesTheAgentNamedBeforeIt() {
        assertEquals(Set.of("fluoxetine INCREASES BDNF"),
                triples("After treatment with fluoxetine, BDNF levels were elevated in the hippocampus."));
        assertEquals(Set.of(), triples("BDNF levels were elevated in the hippocampus."));
    }

    @Test
    void restoringWhatNamesALossReducesTheLoss() {
        Concept spineLoss = concept("SpineLoss", "spine loss", Facet.STRUCTURAL_OUTCOME);
        assertEquals(Set.of("ketamine DECREASES spine loss"),
                triples(lexicon(spineLoss), "Ketamine reversed the stress-induced spine loss in the mPFC."));
        assertEquals(Set.of("fluoxetine INCREASES spine density"), triples("Fluoxetine rescued spine density in stressed rats."));
    }
}
