package org.npkg.validate;

import java.nio.file.Path;

/**
 * Validation could not run: the shapes file is not valid SHACL. Located at file, line and column
 * (1-based; 0 when the position is unknown), like every input error of npkg.
 */
public final class ValidationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public ValidationException(Path file, long line, long column, String message, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
