package org.boundarylab.judgment.text;

import org.boundarylab.vignette.Characteristic;

/**
 * A lexicon phrase found in a text: the trainee's own words and whether a negation covers them.
 * {@code characteristic} is null for a distractor (a concept that is not one of the four).
 */
public record LexiconMatch(Characteristic characteristic, String phrase, String words, boolean negated) {
}
