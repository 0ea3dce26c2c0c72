package org.boundarylab.training;

import java.time.Instant;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.KnowledgeAssessment;

/**
 * What happens in an attempt, published inside the transaction that stores it, so that a listener
 * that records it (the learning-record outbox) commits or rolls back with it. Each event carries
 * everything a listener needs: none has to read the training tables.
 */
public final class TrainingEvents {

    private TrainingEvents() {}

    /** Which attempt: its trainee, the case revision it is made against, and its live session (or null). */
    public record AttemptRef(
            long attemptId,
            long traineeId,
            String vignetteId,
            int vignetteVersion,
            Long sessionId,
            Instant startedAt) {}

    /** A new attempt (not a resumed one). */
    public record AttemptStarted(AttemptRef attempt) {}

    /**
     * A judgment stored with its assessment. {@code since} is when the segment became the attempt's
     * next one (the previous judgment, or the attempt's start), {@code at} when it was stored.
     */
    public record SegmentAnswered(
            AttemptRef attempt, long judgmentId, Judgment judgment, Assessment assessment, Instant since, Instant at) {}

    /** The answer to the case's recall question, assessed. */
    public record KnowledgeCheckAnswered(
            AttemptRef attempt, KnowledgeAssessment assessment, Instant since, Instant at) {}

    /**
     * Every segment judged (and the recall question answered, if the case has one): the total as the
     * summary shows it, and the lowest total the scoring allowed (certainty-based marking can go below zero).
     */
    public record AttemptCompleted(AttemptRef attempt, AttemptTotal total, double minScore, Instant at) {}
}
