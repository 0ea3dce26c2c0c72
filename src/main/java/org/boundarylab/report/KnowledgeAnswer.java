package org.boundarylab.report;

/**
 * A knowledge check as answered in an attempt: what the trainee wrote and the points it earned, and
 * the points the same question's answer before the first segment would have earned (null when the
 * attempt had none): what the case taught.
 */
public record KnowledgeAnswer(
        String attempt, String vignetteId, String answer, double score, double maxScore, Double scoreBefore) {

    public KnowledgeAnswer(String attempt, String vignetteId, String answer, double score, double maxScore) {
        this(attempt, vignetteId, answer, score, maxScore, null);
    }
}
