package org.npkg.query;

import java.nio.file.Path;

/**
 * A problem with a query file, a parameter value or a query run. {@link #id()} is a stable
 * identifier the command line prints before the message; {@link #isBadInput()} tells whether
 * the user's input (a file, a name, a value) is at fault rather than the system.
 */
public class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final boolean badInput;

    public QueryException(String id, String message) {
        this(id, message, true, null);
    }

    public QueryException(String id, String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.id = id;
        this.badInput = badInput;
    }

    /** An error located in a file, with the message prefixed by {@code file:line:column}. */
    public static QueryException at(String id, Path file, int line, int column, String message) {
        return new QueryException(id, file + ":" + line + ":" + column + ": " + message);
    }

    /** Stable error id, e.g. {@code query-syntax}, {@code param-unknown}, {@code concept-unknown}. */
    public String id() {
        return id;
    }

    public boolean isBadInput() {
        return badInput;
    }
}
