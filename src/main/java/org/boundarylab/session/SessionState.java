package org.boundarylab.session;

/** OPEN takes answers; PAUSED holds the room (nothing is submitted); CLOSED ends it and expires the code. */
public enum SessionState {
    OPEN,
    PAUSED,
    CLOSED
}
