package org.boundarylab.session;

/** An answer refused because the supervisor has paused the session: it was not stored, and can be sent on resume. */
public class SessionPaused extends SessionException {

    public SessionPaused() {
        super(
                "Your supervisor has paused the session; your answer was not sent. Submit it again when the session resumes.");
    }
}
