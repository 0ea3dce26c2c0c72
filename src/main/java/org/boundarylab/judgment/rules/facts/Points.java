package org.boundarylab.judgment.rules.facts;

/**
 * Recorded by the scoring rules: the score under the policy named by {@code policy} (a rule name),
 * with the bounds that policy puts on it: {@code minScore}, the lowest score the judgment could have
 * earned under it (what a fully wrong answer earns), and {@code maxScore}, the most it is worth.
 * Reports and score overrides read these bounds; nothing outside the rules works them out.
 */
public record Points(double score, double minScore, double maxScore, String policy) {}
