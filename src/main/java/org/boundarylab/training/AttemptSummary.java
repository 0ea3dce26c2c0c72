package org.boundarylab.training;

import java.time.Instant;

/** One row of "my attempts". */
public record AttemptSummary(
        long attemptId,
        String vignetteId,
        String vignetteTitle,
        int answered,
        int segments,
        AttemptTotal total,
        Instant startedAt,
        Instant completedAt) {

    public double score() {
        return total.score();
    }

    public double maxScore() {
        return total.maxScore();
    }

    public boolean completed() {
        return completedAt != null;
    }
}
