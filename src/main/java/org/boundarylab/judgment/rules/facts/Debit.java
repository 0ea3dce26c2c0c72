package org.boundarylab.judgment.rules.facts;

/** Derived: half a point lost in the knowledge check, for something named that was not asked for. */
public record Debit(String what) {
}
