package org.boundarylab.judgment;

/** Signal-detection outcome of one characteristic in one judgment. */
public enum OutcomeKind {
    HIT,
    MISS,
    FALSE_ALARM,
    CORRECT_REJECTION;

    public boolean correct() {
        return this == HIT || this == CORRECT_REJECTION;
    }
}
