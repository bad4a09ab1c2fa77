package org.npkg.text;

import java.util.Map;

/**
 * A light, deterministic plural reduction. It need not be linguistically perfect, only the same
 * for labels and text, so that "spines" meets "spine" and "SSRIs" meets "SSRI".
 */
final class Singular {

    private static final Map<String, String> IRREGULAR = Map.of(
            "mice", "mouse",
            "children", "child",
            "phenomena", "phenomenon",
            "criteria", "criterion",
            "indices", "index",
            "analyses", "analysis",
            "hypotheses", "hypothesis",
            "stimuli", "stimulus",
            "nuclei", "nucleus",
            "foci", "focus");

    /** First letters of the irregular plurals: other words are not looked up (hashing them cost more than the rest). */
    private static final String IRREGULAR_FIRST = "mcpiahsnf";

    private Singular() {}

    static String of(String lower) {
        int n = lower.length();
        if (n <= 3) {
            return lower; // no irregular plural is this short, and most words in a text are
        }
        String irregular = IRREGULAR_FIRST.indexOf(lower.charAt(0)) >= 0 ? IRREGULAR.get(lower) : null;
        if (irregular != null) {
            return irregular;
        }
        if (!lower.endsWith("s")) {
            return lower;
        }
        if (lower.endsWith("ies") && n > 4) {
            return lower.substring(0, n - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return lower.substring(0, n - 2);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("ys")) {
            return lower;
        }
        return lower.substring(0, n - 1);
    }

    /** "SSRIs", "NMDARs", "EPSCs": a lower-case s after a capital or digit is a plural. */
    static String ofAcronym(String word) {
        int n = word.length();
        if (n > 2 && word.charAt(n - 1) == 's') {
            char before = word.charAt(n - 2);
            if (Character.isUpperCase(before) || Character.isDigit(before)) {
                return word.substring(0, n - 1);
            }
        }
        return word;
    }
}
