package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/** Derived: in one segment the trainee missed {@code missed} and marked {@code calledInstead}. */
public record Confusion(Characteristic missed, Characteristic calledInstead) {
}
