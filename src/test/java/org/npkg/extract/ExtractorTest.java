package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private final Extractor extractor = Extractor.builder().lexicon(FixtureLexicon.lexicon()).build();

    private List<Finding> findings(String text, Concept... topic) {
        return extractor.analyse(sentence(text), List.of(topic)).findings();
    }

    private static Set<String> triples(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.subject().label() + " " + f.relation() + " " + f.object().label() + (f.negated() ? " (negated)" : ""))
                .collect(Collectors.toSet());
    }

    @Test
    void coordinatedSubjectsGiveOneFindingEach() {
        List<Finding> findings = findings("Psilocybin and ketamine increase spine density in the mPFC of rats within 24 h.");
        assertEquals(Set.of("psilocybin INCREASES spine density", "ketamine INCREASES spine density"), triples(findings));
        Finding first = findings.get(0);
        assertEquals(List.of(MPFC), first.regions());
        assertEquals(List.of(RAT), first.species());
        assertTrue(first.onset().isPresent());
        assertEquals(86400.0, first.onset().get().maxSeconds().getAsDouble());
    }

    @Test
    void neitherNorNegatesEverySubject() {
        List<Finding> findings = findings("By contrast, neither rTMS nor ECT is typically described as driving neurogenesis.");
        assertEquals(Set.of("rTMS INDUCES neurogenesis (negated)", "ECT INDUCES neurogenesis (negated)"), triples(findings));
    }

    @Test
    void theOnsetIsAMeasuredSpanBeforeAWordAndNotPartOfAnotherConceptsName() {
        assertEquals("after 3 weeks", findings("Chronic fluoxetine raises BDNF after 3 weeks.").get(0).onset().orElseThrow().text());
        Concept chronicStress = concept("ChronicStress", "chronic stress", Facet.EXPOSURE);
        Extractor withStress = Extractor.builder().lexicon(FixtureLexicon.lexicon(chronicStress)).build();
        List<Finding> found = withStress.analyse(sentence("Fluoxetine restores BDNF that is reduced by chronic stress."), List.of())
                .findings();
        assertEquals(Set.of("fluoxetine INCREASES BDNF", "chronic stress DECREASES BDNF"), triples(found));
        for (Finding finding : found) {
            assertEquals(finding.subject().equals(chronicStress), finding.onset().isPresent(), finding.toString());
        }
    }

    @Test
    void aDeniedVagueChangeStaysBesideAnAffirmedDirectedOne() {
        assertEquals(Set.of("ECT MODULATES spine density (negated)", "ECT INCREASES spine density"),
                triples(findings("ECT did not change hippocampal spine density, but increased cortex spine density.")));
    }

    @Test
    void anActAfterViaAndItsObjectHasTheVerbsSubject() {
        assertEquals(Set.of("psilocybin INCREASES BDNF", "psilocybin ACTIVATES TrkB"),
                triples(findings("Psilocybin potentiates BDNF signalling via TrkB activation.")));
    }

    @Test
    void aSubjectTheTopicSuppliedStaysInferredForTheNextTrigger() {
        for (String text : List.of("Treatment increases BDNF and increases TrkB.", "This increases BDNF, increasing TrkB.")) {
            List<Finding> findings = findings(text, KETAMINE);
            assertTrue(findings.stream().anyMatch(f -> f.subject().equals(KETAMINE) && f.object().equals(TRKB)),
                    findings.toString());
            for (Finding finding : findings) {
                assertEquals(finding.subject().equals(KETAMINE), finding.subjectInferred(), finding.toString());
            }
        }
    }

    @Test
    void noIncreaseIsNegatedAndTheTopicSuppliesTheSubject() {
        List<Finding> findings = findings("One study found no increase in spine density in the hippocampus 3 hours post-injection.", KETAMINE);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).negated());
        assertTrue(findings.get(0).subjectInferred());
        assertEquals(KETAMINE, findings.get(0).subject());
    }

    @Test
    void hedgesMarkFindingsInTheirScope() {
        List<Finding> findings = findings("Ketamine increases BDNF, and fluoxetine may increase TrkB.");
        Finding ketamine = findings.stream().filter(f -> f.subject().equals(KETAMINE)).findFirst().orElseThrow();
        Finding fluoxetine = findings.stream().filter(f -> f.subject().equals(FLUOXETINE)).findFirst().orElseThrow();
        assertFalse(ketamine.hedged());
        assertTrue(fluoxetine.hedged());
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        assertEquals(Set.of("ketamine INCREASES BDNF", "ketamine ACTIVATES mTORC1"),
                triples(findings("Ketamine quickly increases hippocampal BDNF and activates mTORC1.")));
    }

    @Test
    void passiveTriggersTakeTheSubjectAfterBy() {
        assertEquals(Set.of("psychedelics INDUCES spinogenesis"),
                triples(findings("They measured the spinogenesis induced by psychedelics.")));
    }

    @Test
    void compoundsYieldTheirChain() {
        List<Finding> findings = findings("Structural modifications depend on AMPAR-BDNF-TrkB-mTOR signalling.", KETAMINE);
        Set<String> triples = triples(findings);
        assertTrue(triples.containsAll(Set.of("AMPAR ACTIVATES BDNF", "BDNF ACTIVATES TrkB", "TrkB ACTIVATES mTOR")), triples.toString());
        assertTrue(triples.containsAll(Set.of("ketamine REQUIRES AMPAR", "ketamine REQUIRES TrkB")), triples.toString());
        assertTrue(findings.stream().filter(f -> f.chain().isPresent()).allMatch(f -> f.chain().get().equals("AMPAR-BDNF-TrkB-mTOR")));
    }

    @Test
    void butNotNegatesOnlyWhatFollows() {
        assertEquals(Set.of("rTMS INCREASES functional connectivity", "rTMS INCREASES neurogenesis (negated)"),
                triples(findings("rTMS increases functional connectivity but not neurogenesis.")));
    }

    @Test
    void sentencesWithoutConceptsGiveNothing() {
        assertTrue(findings("The weather increased our spirits.", KETAMINE).isEmpty());
    }

    @Test
    void negationDoesNotReachIntoAParenthesis() {
        Set<String> triples = triples(findings("Neither rTMS nor ECT drives neurogenesis (ECT increases spinogenesis rather than neurogenesis)."));
        assertTrue(triples.contains("ECT INCREASES spinogenesis"), triples.toString());
        assertTrue(triples.contains("ECT INCREASES neurogenesis (negated)"), triples.toString());
        assertTrue(triples.contains("rTMS INDUCES neurogenesis (negated)"), triples.toString());
    }

    @Test
    void theTopicDoesNotReplaceAnAgentTheSentenceNames() {
        assertTrue(findings("Blocking TrkB abolishes the spinogenesis induced by psychedelics.", KETAMINE).stream()
                .noneMatch(f -> f.subject().equals(KETAMINE)));
    }

    @Test
    void aMechanismJoinedToTheTriggerByAConjunctionIsNotItsSubject() {
        assertEquals(Set.of("psychedelics ACTIVATES BDNF", "psychedelics ACTIVATES TrkB"),
                triples(findings("Psychedelics flood the cortex with mTOR and directly activate BDNF/TrkB.")));
    }

    @Test
    void aCompoundIsNotNegatedByAWordAfterIt() {
        List<Finding> findings = findings("BDNF-TrkB signaling failed to produce spinogenesis in TrkB-mutant mice.");
        assertTrue(findings.stream().filter(f -> f.chain().isPresent()).noneMatch(Finding::negated));
    }

    @Test
    void anAgentAfterTheObjectServesWhenNoneComesBefore() {
        List<Finding> findings = findings("One study found no increase in spine density 3 hours after a dose of ketamine.", PSILOCYBIN);
        assertEquals(Set.of("ketamine INCREASES spine density (negated)"), triples(findings));
        assertFalse(findings.get(0).subjectInferred());
    }

    @Test
    void aTimeInAnAsideDoesNotTimeTheClaim() {
        List<Finding> findings = findings("Psilocybin increases spine density (its half-life is ~15 min) after 24 h.");
        assertEquals(86400.0, findings.get(0).onset().orElseThrow().minSeconds());
    }

    @Test
    void aSemicolonInsideCitationsEndsNoClause() {
        assertEquals(Set.of("exercise INCREASES BDNF"), triples(findings("Exercise (Hwang, 2023; Noetel, 2024) increases BDNF.")));
    }

    @Test
    void appositionJoinsAClassAndItsExamples() {
        assertEquals(Set.of("exercise INCREASES neurotrophic factors", "exercise INCREASES BDNF", "exercise INCREASES GDNF"),
                triples(findings("Exercise increases neurotrophic factors such as BDNF and GDNF.")));
    }

    @Test
    void aTriggerThatIntroducesAnotherStatesOneRelation() {
        assertEquals(Set.of("exercise ASSOCIATED_WITH BDNF"), triples(findings("Exercise is associated with the upregulation of BDNF.")));
        assertEquals(Set.of("ketamine DECREASES spine density"), triples(findings("Ketamine leads to the loss of spine density.")));
    }

    @Test
    void aNounTriggerActsOnTheMechanismBeforeIt() {
        assertEquals(Set.of("ketamine INHIBITS NMDAR"), triples(findings("Ketamine acts through NMDAR antagonism.")));
    }

    @Test
    void aRegionModifyingANounIsNotAnObject() {
        assertTrue(findings("ECT strengthened cortex coupling.").isEmpty());
    }

    @Test
    void aSubjectInAnAsideDoesNotServeATriggerOutsideIt() {
        assertTrue(findings("All modalities act via shared mechanisms (BDNF, mTOR) to increase plasticity.").stream()
                .noneMatch(f -> f.subject().equals(BDNF) || f.subject().equals(MTOR)));
    }

    @Test
    void roleNounsStateRelations() {
        assertEquals(Set.of("ketamine INHIBITS NMDAR"), triples(findings("Ketamine acts as an antagonist of the NMDAR.")));
    }

    @Test
    void aClassWordBeforeAnInstanceOnlyClassifiesIt() {
        assertEquals(Set.of("fluoxetine BINDS TrkB"), triples(findings("The SSRI fluoxetine binds TrkB.")));
    }

    @Test
    void anAdjectiveBeforeEffectsNamesTheEffect() {
        assertEquals(Set.of("SSRI ASSOCIATED_WITH BDNF"),
                triples(findings("SSRIs' delayed antidepressant effects are associated with an increase in BDNF.")));
    }

    @Test
    void aParticipleAfterACommaTakesTheMainSubject() {
        assertEquals(Set.of("psilocybin BINDS TrkB", "psilocybin INCREASES BDNF"),
                triples(findings("Psilocybin binds TrkB with high affinity, allosterically amplifying BDNF signalling.")));
    }

    @Test
    void aLeadInNamesTheSubjectOfWhatFollows() {
        assertEquals(Set.of("rTMS INCREASES plasticity", "ECT INCREASES plasticity"),
                triples(findings("rTMS vs. ECT: Both elevate plasticity.")));
    }

    @Test
    void inducingChangesOfSomethingModulatesIt() {
        assertEquals(Set.of("rTMS MODULATES excitability"), triples(findings("Acute rTMS sessions elicit immediate excitability changes.")));
    }

    @Test
    void aParticipleAfterAPrepositionIsAnAdjective() {
        assertEquals(Set.of("rTMS INCREASES BDNF"), triples(findings("rTMS upregulates BDNF in targeted cortex.")));
    }

    @Test
    void aVagueRelationGivesWayToADirectedOne() {
        assertEquals(Set.of("rTMS INCREASES BDNF"), triples(findings("rTMS modulates BDNF: it enhances BDNF signalling.")));
    }

    @Test
    void theEffectsOfAnAgentInduceWhatTheyAreNamedFor() {
        assertEquals(Set.of("psilocybin INDUCES plasticity"), triples(findings("Figure 4: Post-acute plasticity effects of psilocybin.")));
    }

    @Test
    void anOutcomeMediatedByAMechanismIsBroughtAboutByIt() {
        assertEquals(Set.of("mTORC1 INDUCES spinogenesis", "BDNF INDUCES spinogenesis"),
                triples(findings("This spinogenesis is mediated by the activation of mTORC1 and BDNF.")));
        assertEquals(Set.of("ketamine REQUIRES mTORC1"),
                triples(findings("This spinogenesis is mediated by mTORC1.", KETAMINE)));
    }

    @Test
    void anAbbreviationInBracketsNamesTheSameSubjectAgain() {
        assertEquals(Set.of("psilocybin INCREASES BDNF"), triples(findings("Psilocybin (ketamine) increases BDNF.")));
        assertEquals(Set.of("psychedelics INCREASES BDNF", "psilocybin INCREASES BDNF", "ketamine INCREASES BDNF"),
                triples(findings("Psychedelics (psilocybin, ketamine) increase BDNF.")));
    }

    @Test
    void aHyphenatedModifierNamesNoAgent() {
        assertTrue(findings("Ketamine-related behaviours may utilise cascades to increase spine density.").isEmpty());
    }

    @Test
    void aSentenceInitialGerundTakesNoTopic() {
        assertTrue(findings("Stimulating BDNF propagates changes through networks.", RTMS).isEmpty());
    }
}
