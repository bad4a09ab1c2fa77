package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** "… through BDNF is a common mechanism of X": the agents named after "mechanism of/for" require what "through" names. */
class MechanismOfTest {

    @Test
    void agentsAfterMechanismOfRequireTheMeans() {
        assertEquals(Set.of("ketamine REQUIRES mTOR", "psilocybin REQUIRES mTOR"),
                triples("Spinogenesis through mTOR signalling is a common mechanism of ketamine and psilocybin."));
    }

    @Test
    void theExamplesOfAClassAreWhatIsNamed() {
        assertEquals(Set.of("ECT REQUIRES BDNF", "exercise REQUIRES BDNF"),
                triples("Neurogenesis through BDNF is a shared pathway for many antidepressant treatments, including ECT and exercise."));
    }

    @Test
    void withoutMechanismOfAMeansNamesNoAgent() {
        assertEquals(Set.of(), triples("Plasticity through TrkB is seen in rats given ketamine later."));
        assertEquals(Set.of(), triples("Spine loss through BDNF deficits is a hallmark of depression."));
    }

    @Test
    void whatStopsWhenAMechanismIsBlockedRequiresIt() {
        assertEquals(Set.of("psilocybin REQUIRES TrkB", "psilocybin INDUCES spinogenesis"),
                triples("Blocking TrkB abolished the spinogenesis induced by psilocybin."));
        assertEquals(Set.of("ketamine REQUIRES mTOR", "ketamine MODULATES spinogenesis"),
                triples("Inhibition of mTOR prevented the effects of ketamine on spinogenesis."));
        assertEquals(Set.of("ketamine REQUIRES mTOR"), triples("The effects of ketamine were attenuated by an mTOR inhibitor."));
        assertEquals(Set.of("psilocybin REQUIRES TrkB"), triples("A TrkB antagonist blocked the effects of psilocybin."));
        assertEquals(Set.of("ketamine INHIBITS TrkB", "ketamine DECREASES spinogenesis"),
                triples("Ketamine blocked TrkB and reduced spinogenesis."), "no agent's effect is stopped");
    }
}
