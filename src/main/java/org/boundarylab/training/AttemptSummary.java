package org.boundarylab.training;

import java.time.Instant;

/** One row of "my attempts". */
public record AttemptSummary(long attemptId, String vignetteId, String vignetteTitle, int answered, int segments,
        double score, double maxScore, Instant startedAt, Instant completedAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
