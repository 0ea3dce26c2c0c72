package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/** The expert key for one characteristic in this segment, with its first cue phrase ("" if none). */
public record KeyFact(Characteristic characteristic, boolean present, String cue) {
}
