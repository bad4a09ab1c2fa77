package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How lists, "downstream" links, "via"/"through" phrases and blocked mechanisms give findings, on made-up sentences. */
class MeansAndListsTest {

    @Test
    void aDownstreamMechanismIsActedOnAndLinkedToTheFirst() {
        assertEquals(Set.of("ECT INCREASES BDNF", "ECT INCREASES mTOR", "BDNF ACTIVATES mTOR"),
                triples("In older rats ECT increases BDNF and downstream mTOR signalling."));
    }

    @Test
    void aListContinuesAfterAMeasureAndOther() {
        assertEquals(Set.of("fluoxetine INCREASES BDNF", "fluoxetine INCREASES GDNF"),
                triples("Fluoxetine raises BDNF levels and GDNF in the hippocampus."));
        assertEquals(Set.of("rTMS INCREASES BDNF", "rTMS INCREASES neurotrophic factors"),
                triples("Daily rTMS elevates BDNF expression and other neurotrophic factors."));
    }

    @Test
    void anAgentActingViaAMechanismRequiresIt() {
        assertEquals(Set.of("SSRI REQUIRES BDNF"), triples("SSRI treatment works slowly via BDNF."));
        // the agent compared with ("than ketamine") shares the findings (LikenessTest)
        assertEquals(Set.of("fluoxetine INCREASES BDNF", "fluoxetine REQUIRES TrkB", "ketamine INCREASES BDNF", "ketamine REQUIRES TrkB"),
                triples("Fluoxetine raises BDNF more slowly than ketamine, through TrkB."));
    }

    @Test
    void viaNamesNoRequirementWithoutAnAgentOrInARelativeClause() {
        assertEquals(Set.of(), triples("Spine density is detectable via BDNF imaging."));
        assertEquals(Set.of(), triples("Plasticity spreads via mTOR in most models."));
        assertEquals(Set.of(), triples("AMPAR is the receptor via which ketamine acts."));
    }

    @Test
    void aNounTriggerAfterTheMechanismStatesTheRelation() {
        assertEquals(Set.of("ketamine INHIBITS AMPAR"),
                triples("Ketamine exerts its effects through AMPA receptor (AMPAR) antagonism."));
    }

    @Test
    void aNounAfterAPassiveByActsForNoOneBeforeTheVerb() {
        assertEquals(Set.of("ECT REQUIRES TrkB"), triples("The effects of ECT were abolished by TrkB antagonism."),
                "not 'ECT INHIBITS TrkB': blocking TrkB stops what ECT does");
        assertEquals(Set.of("ketamine INHIBITS AMPAR"),
                triples("Ketamine, by AMPAR antagonism, acts within hours."));
    }

    @Test
    void agentsJoinedOnlyByACommaAreTwoPhrases() {
        assertEquals(Set.of("ketamine INCREASES spine density"),
                triples("In a model of chronic exercise, ketamine increases spine density."));
        assertEquals(Set.of("rTMS INCREASES BDNF", "ECT INCREASES BDNF"), triples("Like rTMS, ECT increases BDNF."));
    }

    @Test
    void aBlockedMechanismDoesNotActButItsBlockerDoes() {
        assertEquals(Set.of(), triples("Blocking TrkB in slices abolishes spinogenesis."));
        assertEquals(Set.of("ketamine INHIBITS NMDAR", "ketamine INCREASES AMPAR"),
                triples("Ketamine's blockade of NMDAR disinhibits AMPAR currents."));
    }

    @Test
    void anInfinitiveOfPurposeTakesTheSubjectOfTheVerbBeforeIt() {
        assertEquals(Set.of("ketamine ACTIVATES mTOR", "ketamine INCREASES spine density"),
                triples("Ketamine activates mTOR signalling to increase spine density."));
        assertEquals(Set.of("mTOR INCREASES spine density"), triples("mTOR is known to increase spine density."));
    }

    @Test
    void aHyphenatedParticipleBetweenObjectsKeepsTheList() {
        assertEquals(Set.of("psilocybin ACTIVATES AMPAR", "psilocybin ACTIVATES BDNF", "psilocybin ACTIVATES mTOR",
                "AMPAR INDUCES BDNF"), triples("Psilocybin engages AMPA receptor (AMPAR)-driven BDNF release and mTOR."));
    }

    @Test
    void aClassNounBetweenAgentsKeepsThemOneGroup() {
        assertEquals(Set.of("antidepressant INCREASES BDNF", "fluoxetine INCREASES BDNF"),
                triples("Most antidepressant drugs, such as fluoxetine, increase BDNF."));
    }

    @Test
    void anAgentInAComparisonIsNotTheSubject() {
        // psilocybin stays the subject; rTMS, named as alike, shares its finding (LikenessTest)
        assertEquals(Set.of("psilocybin INCREASES BDNF", "rTMS INCREASES BDNF"),
                triples("Psilocybin effects converge on the same targets as rTMS, increasing BDNF."));
        assertEquals(Set.of("psilocybin INCREASES BDNF"), triples("Psilocybin raises BDNF, unlike rTMS."));
        assertEquals(Set.of("rTMS INCREASES plasticity"), triples("For example rTMS was shown to increase plasticity."));
    }

    @Test
    void agentsSharingAPathwayRequireItsMembers() {
        assertEquals(Set.of("ketamine REQUIRES BDNF", "ketamine REQUIRES TrkB", "psilocybin REQUIRES BDNF",
                "psilocybin REQUIRES TrkB", "BDNF ACTIVATES TrkB"), triples("Ketamine and psilocybin share a common BDNF-TrkB pathway."));
    }

    @Test
    void aSecondNounAfterAnAbbreviationSharesTheSubject() {
        assertEquals(Set.of("ketamine DECREASES AMPAR", "ketamine INCREASES BDNF"),
                triples("Ketamine leads to the loss of AMPA receptor (AMPAR) and the accumulation of BDNF."));
    }

    @Test
    void aChangeWordAfterAnOutcomeIsANoun() {
        assertEquals(Set.of("ECT INCREASES spine density"),
                triples("ECT's spine density increases mostly reflect remodelling rather than neurogenesis."));
        assertEquals(Set.of("rTMS INCREASES spine density"),
                triples("Several groups report spine density increases in the hippocampus following rTMS."));
    }

    @Test
    void aNounWithOfIsNotAnActOfTheSectionTopic() {
        assertEquals(Set.of(), triples("The effect persisted after the blockade of TrkB.", KETAMINE));
        assertEquals(Set.of("ketamine INCREASES BDNF"), triples("This treatment increases BDNF.", KETAMINE));
    }

    @Test
    void causingAChangeOfSomethingStatesThatChange() {
        assertEquals(Set.of("ECT INCREASES spine density"), triples("ECT can induce marked spine density growth."));
        assertEquals(Set.of("psilocybin MODULATES functional connectivity"),
                triples("Psilocybin produces a rapid shift in functional connectivity."));
    }

    @Test
    void aVerbActsOnWhatItsGenericObjectIsInvolvedIn() {
        assertEquals(Set.of("fluoxetine DECREASES mTOR", "fluoxetine INCREASES plasticity"),
                triples("Fluoxetine downregulates genes involved in mTOR signalling while upregulating plasticity."));
    }

    @Test
    void cellsExposedToAnAgentShowItsEffects() {
        assertEquals(Set.of("psilocybin INDUCES spinogenesis", "ketamine INDUCES spinogenesis"),
                triples("Slices exposed to psilocybin or ketamine show robust spinogenesis."));
        assertEquals(Set.of(), triples("Most studies show spinogenesis in cortex."));
        assertEquals(Set.of("ECT INCREASES spine density"), triples("Hippocampal neurons show increased spine density after ECT."));
    }

    @Test
    void adjectivalParticiplesStateNothingOfTheTopic() {
        assertEquals(Set.of(), triples("This enhanced BDNF signalling matters.", FLUOXETINE));
        assertEquals(Set.of(), triples("The effect resembles other plasticity-inducing treatments.", RTMS));
    }

    @Test
    void aMechanismNeededForTheEffectsOfAnAgentIsRequiredByIt() {
        assertEquals(Set.of("psilocybin REQUIRES TrkB"),
                triples("TrkB activation is necessary for the structural effects of psilocybin."));
        assertEquals(Set.of("TrkB INDUCES spinogenesis"), triples("TrkB is necessary for spinogenesis."));
        assertEquals(Set.of("fluoxetine REQUIRES BDNF"), triples("BDNF is necessary for the antidepressant response to fluoxetine."));
    }

    @Test
    void anAdverbInsideATriggerPhraseDoesNotBreakIt() {
        assertEquals(Set.of("SSRI INCREASES BDNF", "SSRI INDUCES neurogenesis"),
                triples("SSRI treatment raises BDNF, leading slowly to neurogenesis."));
    }

    @Test
    void aParticipleAfterACommaTakesTheAgentOpeningTheSentence() {
        assertEquals(Set.of("rTMS INDUCES plasticity"),
                triples("rTMS is safe and focal, with few side effects, inducing subtle but still lasting plasticity."));
    }

    @Test
    void rolesAreTakenOnlyWhereTheGrammarAllows() {
        assertEquals(Set.of("ketamine INDUCES spinogenesis"),
                triples("While ketamine triggers spinogenesis, the expression of these genes is regulated by mTOR."));
        assertEquals(Set.of("mTOR MODULATES spine density"), triples("They counted spine density, which is regulated by mTOR."));
        assertEquals(Set.of("ketamine INDUCES plasticity"), triples("Plasticity, rapidly induced by ketamine, lasts."));
        assertEquals(Set.of(), triples("The change is driven by BDNF-driven transitions."));
        assertEquals(Set.of(), triples("BDNF binding leads to spinogenesis in the hippocampus and binds nothing else.")
                .stream().filter(t -> t.contains("BINDS")).collect(Collectors.toSet()));
        assertEquals(Set.of(), triples("Spine density gains require time for mTOR signalling."));
        assertEquals(Set.of(), triples("BDNF is downregulated to permit plasticity."));
    }

    @Test
    void aNounListedAfterAnAssociationContinuesIt() {
        assertEquals(Set.of("SSRI ASSOCIATED_WITH BDNF", "SSRI ASSOCIATED_WITH spine density"),
                triples("SSRI use is associated with higher BDNF and a loss of spine density."));
    }

    @Test
    void limitingSomethingDecreasesItAndADependenceModifierIsNotTheObject() {
        assertEquals(Set.of("fluoxetine DECREASES spinogenesis"),
                triples("Fluoxetine limits BDNF-mediated spinogenesis in slices."));
        assertEquals(Set.of("exercise DECREASES plasticity"), triples("Plasticity is constrained by exercise."));
        assertEquals(Set.of("fluoxetine INCREASES plasticity"), triples("Fluoxetine raises plasticity-related gene sets."));
    }

    @Test
    void aJoinedPhraseEndingInANounDoesNotModifyTheWordBeforeIt() {
        assertEquals(Set.of("psilocybin INDUCES spinogenesis", "psilocybin REQUIRES TrkB"),
                triples("The capacity of psilocybin to induce spinogenesis relies on the activation of TrkB."));
    }

    @Test
    void aHyphenatedModifierBeforeAColonLeadsNothingIn() {
        assertEquals(Set.of(), triples("On exercise-induced change: spine density increased."));
    }

    @Test
    void aKindWordAndALaterClauseGiveNoRoles() {
        assertEquals(Set.of(), triples("BDNF-based models drive interest in plasticity-based frameworks."));
        assertEquals(Set.of(), triples("Changes in spine density have been useful in predicting relapse after ketamine."));
        assertEquals(Set.of("ketamine DECREASES spine density"),
                triples("A reduction in spine density has been found after ketamine."));
    }

    @Test
    void aPassiveWithNoAgentActsOnWhatPrecedesIt() {
        assertEquals(Set.of("ketamine DECREASES mTOR"),
                triples("Ketamine lowers mTOR in the mPFC, even as BDNF is phosphorylated in the hippocampus.")
                        .stream().filter(t -> !t.contains("ACTIVATES")).collect(Collectors.toSet()));
        assertEquals(Set.of(), triples("Meanwhile BDNF is phosphorylated in the hippocampus."));
        assertEquals(Set.of("SSRI INCREASES neurogenesis"), triples("A hallmark of SSRI use is enhanced neurogenesis."));
    }

    @Test
    void clausesThatStateNoActOfTheirAgent() {
        assertEquals(Set.of("psilocybin INDUCES plasticity"),
                triples("Plasticity, facilitated by psilocybin, may lead to neurogenesis."));
        assertEquals(Set.of("ketamine DECREASES spine density", "ketamine INDUCES spinogenesis"),
                triples("Spine density was reduced by ketamine, which led to spinogenesis."));
        assertEquals(Set.of(), triples("Onset parallels the time needed to induce spinogenesis.", FLUOXETINE));
        assertEquals(Set.of("fluoxetine REQUIRES BDNF"), triples("Remodelling was found to depend on BDNF.", FLUOXETINE));
        assertEquals(Set.of(), triples("These gains correlate with recovery and may reflect spinogenesis.", ECT));
        assertEquals(Set.of(), triples("Pathways underpin these antidepressant and anxiolytic effects, inducing plasticity."));
    }

    @Test
    void aMissingMechanismDoesNotAct() {
        assertEquals(Set.of(), triples("Deficiencies in regulators such as BDNF impair mTOR signalling."));
        assertEquals(Set.of("BDNF DECREASES mTOR"), triples("BDNF impairs mTOR signalling."));
    }

    @Test
    void theEffectsOfAnAgentOnSomethingModulateIt() {
        assertEquals(Set.of("psilocybin MODULATES spine density"),
                triples("The panel shows the effects of psilocybin on cortical spine density."));
        assertEquals(Set.of("ketamine INCREASES spinogenesis"),
                triples("They showed the impact of ketamine on increased spinogenesis."));
        assertEquals(Set.of(), triples("Studies investigating the effect of ketamine on spine density."));
        assertEquals(Set.of(), triples("This shows the wide impact of ketamine on plasticity nodes."));
    }

    @Test
    void aPluralChangeWordAfterAMechanismIsANoun() {
        assertEquals(Set.of("ECT MODULATES BDNF"), triples("Trials report variable BDNF changes after ECT."));
        assertEquals(Set.of("BDNF INCREASES spine density"), triples("BDNF increases spine density."));
    }

    @Test
    void anAssociationStaysBesideADirectedClaimOnTheSameObject() {
        assertEquals(Set.of("ECT ASSOCIATED_WITH functional connectivity", "ECT INCREASES functional connectivity"),
                triples("ECT is associated with lower functional connectivity overall, alongside enhanced functional connectivity in cortex."));
    }

    @Test
    void reopeningPlasticityInducesIt() {
        assertEquals(Set.of("fluoxetine INDUCES plasticity"), triples("Fluoxetine can reopen juvenile plasticity in adult cortex."));
    }

    @Test
    void modifyingSomethingModulatesIt() {
        assertEquals(Set.of("rTMS MODULATES functional connectivity"), triples("Prefrontal rTMS modifies functional connectivity."));
    }

    @Test
    void aModifierAfterCommaAndBeginsAClauseNotAList() {
        assertEquals(Set.of("rTMS MODULATES mPFC", "ECT INCREASES BDNF"),
                triples("rTMS alters the mPFC, and hippocampal ECT increases BDNF."));
    }

    @Test
    void examplesInAnAsideAfterTheObjectAreObjectsToo() {
        assertEquals(Set.of("psilocybin INCREASES plasticity", "psilocybin INCREASES spinogenesis"),
                triples("Psilocybin enhances plasticity (e.g. spinogenesis) in mice."));
        assertEquals(Set.of("psilocybin INCREASES plasticity"), triples("Psilocybin enhances plasticity (ketamine: spinogenesis) in mice."));
    }
}
