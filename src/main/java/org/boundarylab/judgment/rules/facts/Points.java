package org.boundarylab.judgment.rules.facts;

/** Derived: the segment's score under the scoring policy named by {@code policy} (a rule name). */
public record Points(double score, double maxScore, String policy) {
}
