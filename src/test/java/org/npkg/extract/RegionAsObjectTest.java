package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A region naming its networks, changes or activity ("cortical networks", "hippocampal changes", "DMN
 * coherence") is an object when nothing else is.
 */
class RegionAsObjectTest {

    @Test
    void aRegionBeforeNetworksOrChangesIsTheObject() {
        assertEquals(Set.of("psilocybin MODULATES mPFC"), triples("Psilocybin alters mPFC networks within hours."));
        assertEquals(Set.of("fluoxetine MODULATES hippocampus"), triples("Long-term fluoxetine leads to hippocampus changes on MRI."));
        assertEquals(Set.of("psilocybin MODULATES mPFC"), triples("Psilocybin acutely alters mPFC coherence."));
    }

    @Test
    void aRegionModifyingAnotherNounIsNot() {
        assertEquals(Set.of(), triples("Psilocybin alters mPFC neurons within hours."));
        assertEquals(Set.of("ketamine INCREASES BDNF"), triples("Ketamine increases BDNF in mPFC circuits."));
    }
}
