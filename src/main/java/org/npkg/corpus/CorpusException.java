package org.npkg.corpus;

/**
 * A report could not be read. The message starts with {@code file:line:column:} (1-based) so
 * editors and terminals can jump to the spot.
 */
public final class CorpusException extends Exception {

    private final String file;
    private final int line;
    private final int column;

    public CorpusException(String file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public CorpusException(String file, int line, int column, String problem, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
