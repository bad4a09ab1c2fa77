package org.npkg.extract;

/**
 * A word or phrase that states how a subject acts on an object ("increases", "upregulation of",
 * "mediated by"). Offsets are into the sentence text.
 */
public record Trigger(int start, int end, Relation relation, Voice voice, String phrase) {

    /** How "Y &lt;trigger&gt; by X" is read: FLIP makes X the subject, KEEP keeps Y. */
    public enum Voice { FLIP, KEEP }
}
