package org.npkg.extract;

/**
 * A word or phrase that states how a subject acts on an object ("increases", "upregulation of",
 * "mediated by"). Offsets are into the sentence text.
 */
public record Trigger(int start, int end, Relation relation, Voice voice, String phrase) {

    private static final String[] NOUN_ENDINGS = {"tion", "sion", "ism", "ment", "ade", "age", "ance", "ence"};

    /**
     * "activation", "blockade", "antagonism": a one-word trigger written as a noun, not a verb.
     * Asked several times for each trigger, so the endings are compared directly rather than
     * searched for with a pattern.
     */
    boolean isNoun() {
        if (phrase.contains(" ")) {
            return false;
        }
        for (String ending : NOUN_ENDINGS) {
            if (phrase.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the trigger finds its roles. FLIP: "Y &lt;trigger&gt; by X" makes X the subject; KEEP:
     * "by" changes nothing; OF: "the neuroplastic effects of X", the subject follows "of" and the
     * object is written just before the trigger; MEANS: "ketamine acts through NMDA receptors", the
     * agent of the clause depends on the mechanism the trigger introduces; LINK: "links stress to
     * atrophy", an active verb whose agent and what it is associated with stand on either side of
     * its "to" or "with".
     */
    public enum Voice { FLIP, KEEP, OF, MEANS, LINK }
}
