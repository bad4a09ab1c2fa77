package org.npkg.eval;

/** A gold file that cannot be read; the message names file and line. */
public class GoldException extends Exception {

    public GoldException(String message, Throwable cause) {
        super(message, cause);
    }
}
