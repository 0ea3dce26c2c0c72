package org.boundarylab.session;

import java.util.Optional;
import java.util.Set;
import org.boundarylab.training.AttemptState;

/**
 * What a trainee in a live session does now, the attempt they do it on, and where the room is. A
 * pause holds whatever the trainee is doing ({@link #paused()}); it does not replace it.
 */
public record SessionStep(LiveSession session, Kind kind, Optional<AttemptState> attempt, Room room) {

    public enum Kind {
        /** Judge the attempt's next segment (or answer its recall question). */
        JUDGE,
        /** Ahead of the room in supervisor-reveal mode: wait until the supervisor moves on. */
        WAIT_FOR_ROOM,
        /** The session is closed. */
        CLOSED,
        /** Every case of the session is done. */
        FINISHED
    }

    /**
     * Where the room is, in words ("Case 1 of 2 · segment 3 of 5"), whether its segment's key is
     * revealed, and which segments of the attempt's case have been revealed.
     */
    public record Room(String where, boolean focusRevealed, Set<String> revealedInCase) {

        public Room {
            revealedInCase = Set.copyOf(revealedInCase);
        }
    }

    public boolean paused() {
        return session.state() == SessionState.PAUSED;
    }

    /** The session's version this step was read at. */
    public long version() {
        return session.version();
    }
}
