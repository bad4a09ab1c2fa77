package org.npkg.store;

/**
 * A failure of the TDB2 store: missing, unreadable, or a build that did not complete.
 * {@link #id()} is a stable identifier that the command line prints before the message.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String id;

    public StoreException(String id, String message) {
        super(message);
        this.id = id;
    }

    public StoreException(String id, String message, Throwable cause) {
        super(message, cause);
        this.id = id;
    }

    /** Stable error id, e.g. {@code store-missing}, {@code store-build-failed}, {@code store-io}. */
    public String id() {
        return id;
    }
}
