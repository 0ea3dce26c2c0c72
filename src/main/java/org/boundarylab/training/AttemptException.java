package org.boundarylab.training;

/** A request about an attempt that cannot be done; the message says what to do instead. */
public class AttemptException extends RuntimeException {

    public AttemptException(String message) {
        super(message);
    }
}
