package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/**
 * A lexicon phrase found in the rationale: the lexicon entry, the trainee's own words that matched,
 * and whether they stand under a negation ("there was no secrecy").
 */
public record RationaleMatch(Characteristic characteristic, String phrase, String words, boolean negated) {
}
