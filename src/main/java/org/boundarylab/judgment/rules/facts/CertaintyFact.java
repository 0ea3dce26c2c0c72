package org.boundarylab.judgment.rules.facts;

/** The trainee's certainty, 1 (guessing) to 3 (certain). Absent when not given. */
public record CertaintyFact(int level) {
}
