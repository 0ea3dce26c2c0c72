package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/** A highlight that shares at least one word with a cue phrase of a present characteristic. */
public record HighlightOnCue(Characteristic characteristic, String highlight, String cue) {
}
