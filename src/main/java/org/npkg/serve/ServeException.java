package org.npkg.serve;

/** The server could not start: the port is taken, the host is not local, the store will not open. */
public class ServeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;

    public ServeException(String id, String message, Throwable cause) {
        super(message, cause);
        this.id = id;
    }

    /** Stable error id, e.g. {@code serve-port}, {@code store-in-use}. */
    public String id() {
        return id;
    }
}
