package org.boundarylab.judgment.rules.facts;

/** Something the answer names that is not one of the four (a distractor phrase of the lexicon). */
public record Distractor(String phrase, String words) {}
