package org.boundarylab.judgment.rules.facts;

/** Recorded by the scoring rules: the score under the policy named by {@code policy} (a rule name). */
public record Points(double score, double maxScore, String policy) {
}
