package org.boundarylab.session;

/** A request about a live session that cannot be met, in words for the person who made it. */
public class SessionException extends org.boundarylab.training.AttemptException {

    public SessionException(String message) {
        super(message);
    }
}
