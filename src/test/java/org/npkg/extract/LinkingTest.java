package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.npkg.extract.FixtureLexicon.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** "links X to Y", "connects Y with X": the agents on one side of "to"/"with" are associated with what the other side names. */
class LinkingTest {

    @Test
    void theAgentBeforeToIsAssociatedWithWhatFollows() {
        assertEquals(Set.of("exercise ASSOCIATED_WITH neurogenesis", "exercise ASSOCIATED_WITH GDNF"),
                triples("A meta-analysis links voluntary exercise to adult neurogenesis and GDNF in the hippocampus."));
    }

    @Test
    void theAgentMayFollowWith() {
        assertEquals(Set.of("ECT ASSOCIATED_WITH spine density", "rTMS ASSOCIATED_WITH spine density"),
                triples("Recent work connects spine density with the response to ECT or rTMS."));
    }

    @Test
    void aPassiveOrAOneSidedLinkStatesNothingNew() {
        assertEquals(Set.of(), triples("Those data were linking mice to cages."));
        assertEquals(Set.of(), triples("Reviews link ketamine to rTMS in their scope."));
        assertEquals(Set.of(), triples("These cohorts were tied to ketamine dosing."));
    }
}
