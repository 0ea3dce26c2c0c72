package org.boundarylab.judgment.text;

import org.boundarylab.vignette.Characteristic;

/** A lexicon phrase found in a text: the trainee's own words and whether a negation covers them. */
public record LexiconMatch(Characteristic characteristic, String phrase, String words, boolean negated) {
}
