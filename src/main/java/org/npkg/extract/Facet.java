package org.npkg.extract;

/**
 * The facet of a domain concept, which decides the roles it can play in a finding. Outcomes are
 * split by whether the change is structural or functional.
 */
public enum Facet {
    INTERVENTION, EXPOSURE, MECHANISM, REGION, NETWORK, STRUCTURAL_OUTCOME, FUNCTIONAL_OUTCOME, OUTCOME,
    SPECIES, DISORDER;

    /** What acts in a finding: interventions, exposures, and mechanisms in a pathway. */
    public boolean canBeSubject() {
        return this == INTERVENTION || this == EXPOSURE || this == MECHANISM;
    }

    /** What is acted on: mechanisms, outcomes, and (when nothing else is named) regions and networks. */
    public boolean canBeObject() {
        return this == MECHANISM || isOutcome() || isAnatomy();
    }

    public boolean isOutcome() {
        return this == STRUCTURAL_OUTCOME || this == FUNCTIONAL_OUTCOME || this == OUTCOME;
    }

    public boolean isAnatomy() {
        return this == REGION || this == NETWORK;
    }

    public boolean isAgent() {
        return this == INTERVENTION || this == EXPOSURE;
    }
}
