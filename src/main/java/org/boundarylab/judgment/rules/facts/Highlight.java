package org.boundarylab.judgment.rules.facts;

/** A phrase the trainee highlighted as evidence; {@code located} when it occurs in the segment text. */
public record Highlight(String phrase, boolean located) {
}
