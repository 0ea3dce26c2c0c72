package org.boundarylab.report;

/** A knowledge check as answered in an attempt: what the trainee wrote and the points it earned. */
public record KnowledgeAnswer(String attempt, String vignetteId, String answer, double score, double maxScore) {
}
