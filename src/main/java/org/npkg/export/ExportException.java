package org.npkg.export;

/**
 * A problem writing an export or reading its mapping table. {@link #id()} is a stable
 * identifier the command line prints before the message.
 */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;

    public ExportException(String id, String message, Throwable cause) {
        super(message, cause);
        this.id = id;
    }

    public ExportException(String id, String message) {
        this(id, message, null);
    }

    /** Stable error id, e.g. {@code export-mapping}, {@code export-io}. */
    public String id() {
        return id;
    }
}
