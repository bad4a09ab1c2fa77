package org.npkg.extract.time;

/**
 * A time-span table (unit, number, cue or qualitative-word table) is missing or malformed.
 * The message starts with {@code resource:line:column:} so an editor can jump to the fault;
 * line and column are 1-based, 0 when unknown.
 */
public final class TimeSpanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int line;
    private final int column;

    public TimeSpanException(String resource, int line, int column, String problem) {
        this(resource, line, column, problem, null);
    }

    public TimeSpanException(String resource, int line, int column, String problem, Throwable cause) {
        super(resource + ":" + line + ":" + column + ": " + problem, cause);
        this.resource = resource;
        this.line = line;
        this.column = column;
    }

    public String resource() {
        return resource;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
