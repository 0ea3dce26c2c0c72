package org.boundarylab.judgment.rules.facts;

import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.vignette.Characteristic;

/** Derived: the signal-detection outcome for one characteristic. */
public record Outcome(Characteristic characteristic, OutcomeKind kind, boolean correct) {

    public Outcome(Characteristic characteristic, OutcomeKind kind) {
        this(characteristic, kind, kind.correct());
    }
}
