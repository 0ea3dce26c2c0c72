package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/** Derived: a point earned in the knowledge check, for a characteristic rightly named. */
public record Credit(Characteristic characteristic) {
}
