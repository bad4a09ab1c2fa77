package org.npkg.graph;

import java.nio.file.Path;

/**
 * A problem with an ontology or rule file, located at file, line and column (1-based; 0 when the
 * position is unknown).
 */
public class GraphException extends Exception {

    private final Path file;
    private final long line;
    private final long column;

    public GraphException(Path file, long line, long column, String message, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
