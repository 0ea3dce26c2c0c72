package org.boundarylab.judgment.rules.facts;

/** Derived: how many of the four characteristics were judged right. */
public record Accuracy(int right, int total, double fraction) {

    public Accuracy(int right, int total) {
        this(right, total, total == 0 ? 0.0 : (double) right / total);
    }
}
