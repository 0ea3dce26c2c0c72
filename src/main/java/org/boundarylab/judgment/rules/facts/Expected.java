package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/** Whether the knowledge-check question asks for this characteristic. */
public record Expected(Characteristic characteristic, boolean expected) {
}
