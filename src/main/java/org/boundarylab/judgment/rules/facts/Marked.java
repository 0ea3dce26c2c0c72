package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/** The trainee marked this characteristic as present. */
public record Marked(Characteristic characteristic) {
}
