package org.boundarylab.judgment.text;

import org.boundarylab.vignette.Characteristic;

/**
 * A lexicon phrase found in a text: the trainee's own words, the kind of entry that found them, and
 * whether a negation covers them. {@code characteristic} is null for ordinary talk and distractors.
 */
public record LexiconMatch(
        Characteristic characteristic, LexiconPhrase.Kind kind, String phrase, String words, boolean negated) {}
