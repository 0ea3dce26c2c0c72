package org.boundarylab.judgment.rules.facts;

/** Marks the session as scoring a knowledge-check answer rather than a segment. */
public record KnowledgeQuestion(String text) {
}
