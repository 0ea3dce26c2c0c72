package org.boundarylab.report;

import java.time.Instant;

/**
 * A supervisor replaced a judgment's score, published inside the transaction that stores it. The
 * comment stays in the audit trail; listeners get who, whose judgment, the score and the bounds.
 */
public record ScoreOverridden(
        long judgmentId, long traineeId, long supervisorId, double score, double lowest, double highest, Instant at) {}
