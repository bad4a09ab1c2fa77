package org.npkg.extract;

import java.util.List;
import java.util.Optional;
import org.npkg.extract.time.TimeSpan;

/**
 * One claim stated by one sentence.
 *
 * @param regions         regions and networks the sentence places the claim in
 * @param onset           when the sentence says the change appears
 * @param species         species or model systems the sentence names
 * @param subjectInferred the subject came from the section heading, not the sentence
 * @param chain           the pathway compound ("BDNF–TrkB–mTOR") a mechanism→mechanism claim was read from
 * @param triggerStart    offset in the sentence of the word that states the relation (or of the compound)
 */
public record Finding(Concept subject, Relation relation, Concept object, List<Concept> regions,
        Optional<TimeSpan> onset, boolean negated, boolean hedged, List<Concept> species,
        boolean subjectInferred, Optional<String> chain, int triggerStart, int triggerEnd) {

    /** The identity of a claim within its sentence: who, how, what, and whether it is denied. */
    public String key() {
        return subject.iri() + " " + relation.localName() + " " + object.iri() + (negated ? " negated" : "");
    }
}
