package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** An agent named as alike or compared ("as with", "like", "paralleling", "the same … as", "than") shares the findings of the one it is compared with. */
class LikenessTest {

    @Test
    void anAgentAfterAsWithOrParallelingSharesTheFinding() {
        assertEquals(Set.of("fluoxetine INCREASES BDNF", "ketamine INCREASES BDNF"),
                triples("In aged rats fluoxetine elevates BDNF (as with ketamine)."));
        assertEquals(Set.of("psilocybin INCREASES spine density", "ketamine INCREASES spine density"),
                triples("Psilocybin raised spine density in the mPFC, paralleling the effects of ketamine."));
    }

    @Test
    void anAgentOpeningWithLikeSharesTheFindingOfTheSubject() {
        assertEquals(Set.of("ECT INCREASES neurogenesis", "exercise INCREASES neurogenesis"),
                triples("Like exercise, ECT enhances neurogenesis in the hippocampus."));
    }

    @Test
    void theSameCascadesAsNamesAlikeAgents() {
        assertEquals(Set.of("psychedelics INCREASES BDNF", "rTMS INCREASES BDNF", "ECT INCREASES BDNF"),
                triples("Psychedelics recruit the same cascades as rTMS and ECT, upregulating BDNF."));
    }

    @Test
    void aComparisonOfDegreeSharesTheFinding() {
        assertEquals(Set.of("fluoxetine INCREASES BDNF", "ketamine INCREASES BDNF"),
                triples("Fluoxetine raises BDNF to a lesser extent than ketamine."));
    }

    @Test
    void anAgentListedAfterACompareOneIsComparedToo() {
        assertEquals(Set.of("fluoxetine INCREASES BDNF", "ketamine INCREASES BDNF", "psilocybin INCREASES BDNF"),
                triples("Fluoxetine raises BDNF more slowly than ketamine (hours) or psilocybin (days)."));
        assertEquals(Set.of("fluoxetine INCREASES BDNF", "ketamine INCREASES BDNF", "psilocybin INCREASES neurogenesis"),
                triples("Fluoxetine raises BDNF more slowly than ketamine; psilocybin enhances neurogenesis."));
    }

    @Test
    void contrastsAndOtherSubjectsShareNothing() {
        assertEquals(Set.of("fluoxetine INCREASES BDNF"), triples("Unlike ketamine, fluoxetine raises BDNF only after weeks."));
        assertEquals(Set.of("fluoxetine INCREASES BDNF"), triples("Fluoxetine rather than ketamine raised BDNF in this cohort."));
        assertEquals(Set.of("SSRI INCREASES TrkB", "fluoxetine INCREASES BDNF", "ketamine INCREASES BDNF"),
                triples("SSRI treatment elevates TrkB; fluoxetine also raises BDNF (as with ketamine)."));
    }
}
