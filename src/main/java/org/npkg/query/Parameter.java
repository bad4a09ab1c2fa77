package org.npkg.query;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parameter declared in a query file's header: {@code # param: name = default — description}.
 * The parameter is bound to the query variable of the same name.
 *
 * @param name         the variable name, without {@code ?}
 * @param defaultValue the default value as written (a CURIE, an IRI, a label or a literal), or
 *                     {@code null} when the header gives none and the variable stays unbound
 * @param description  what the parameter means, possibly empty
 */
public record Parameter(String name, String defaultValue, String description) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    public Optional<String> defaultText() {
        return Optional.ofNullable(defaultValue);
    }

    /** What kind of RDF term a value of this parameter should become. */
    public Kind kind() {
        if (defaultValue == null) {
            return Kind.ANY;
        }
        if (defaultValue.startsWith("\"") || defaultValue.startsWith("'")) {
            return Kind.STRING;
        }
        if (NUMBER.matcher(defaultValue).matches()) {
            return Kind.NUMBER;
        }
        if (defaultValue.equals("true") || defaultValue.equals("false")) {
            return Kind.BOOLEAN;
        }
        return Kind.CONCEPT;
    }

    /**
     * The kind of term a parameter takes, judged from its default: a concept (CURIE, IRI or
     * label), a literal of the default's type, or — without a default — a concept when a label
     * matches and a plain literal otherwise.
     */
    public enum Kind { CONCEPT, STRING, NUMBER, BOOLEAN, ANY }
}
