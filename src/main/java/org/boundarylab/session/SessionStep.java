package org.boundarylab.session;

import java.util.Optional;
import org.boundarylab.training.AttemptState;

/** What a trainee in a live session does now, and the attempt they do it on. */
public record SessionStep(LiveSession session, Kind kind, Optional<AttemptState> attempt) {

    public enum Kind {
        /** Judge the attempt's next segment (or answer its recall question). */
        JUDGE,
        /** Ahead of the room in supervisor-reveal mode: wait until the supervisor moves on. */
        WAIT_FOR_ROOM,
        /** The supervisor has paused the session. */
        PAUSED,
        /** The session is closed. */
        CLOSED,
        /** Every case of the session is done. */
        FINISHED
    }
}
