package org.npkg.validate;

/**
 * One problem found by {@code npkg validate}, located as precisely as its kind allows.
 *
 * @param severity a violation fails the validation; a warning is only reported
 * @param rule     stable id of the rule, e.g. {@code definition} or {@code label-conflict}
 * @param where    {@code file:line:column} for the ontology, or the store for graph problems
 * @param focus    IRI of the term or node the problem is about
 * @param message  what is wrong, naming the concept or node
 */
public record Issue(Severity severity, String rule, String where, String focus, String message) {

    public enum Severity { VIOLATION, WARNING }

    static Issue violation(String rule, String where, String focus, String message) {
        return new Issue(Severity.VIOLATION, rule, where, focus, message);
    }

    static Issue warning(String rule, String where, String focus, String message) {
        return new Issue(Severity.WARNING, rule, where, focus, message);
    }

    public boolean isViolation() {
        return severity == Severity.VIOLATION;
    }

    /** {@code file:line:column: error[rule]: message}, the form editors and terminals jump to. */
    @Override
    public String toString() {
        return where + ": " + (isViolation() ? "error" : "warning") + "[" + rule + "]: " + message;
    }
}
