package org.boundarylab.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.training.TrainingRecords;
import org.boundarylab.training.TrainingRecords.StoredJudgment;
import org.boundarylab.vignette.Characteristic;
import org.springframework.stereotype.Component;

/**
 * What the trainees of a live session have done, in the dashboard's shapes, read through the
 * training module's records (the dashboard's counts are the database's counts). The session
 * service checks that the caller runs the session before asking.
 */
@Component
class RoomAttempts {

    private final TrainingRecords records;

    RoomAttempts(TrainingRecords records) {
        this.records = records;
    }

    /** One judged segment: what was marked and how it scored. */
    record JudgedSegment(
            String segmentId, Set<Characteristic> marked, double score, double maxScore, Instant submittedAt) {}

    /** A trainee's attempt at one of the session's vignettes, with its judged segments by id. */
    record AttemptProgress(
            long attemptId,
            long traineeId,
            String vignetteId,
            int version,
            boolean completed,
            Map<String, JudgedSegment> judged) {}

    /**
     * A reasoning the room wrote on one segment, for the supervisor to lead a discussion with: what
     * was marked, how sure, and the words, with no name and no trainee id.
     */
    record Reasoning(long judgmentId, Set<Characteristic> marked, Integer confidence, String rationale) {}

    List<AttemptProgress> inSession(long sessionId) {
        return records.ofSession(sessionId).stream()
                .map(a -> {
                    Map<String, JudgedSegment> judged = new HashMap<>();
                    for (StoredJudgment j : a.judgments()) {
                        judged.put(
                                j.segmentId(),
                                new JudgedSegment(j.segmentId(), j.marked(), j.score(), j.maxScore(), j.submittedAt()));
                    }
                    return new AttemptProgress(
                            a.attemptId(),
                            a.traineeId(),
                            a.vignetteId(),
                            a.version(),
                            a.completed(),
                            Map.copyOf(judged));
                })
                .toList();
    }

    /** Every reasoning written on this segment of this case in the session. */
    List<Reasoning> reasonings(long sessionId, String vignetteId, String segmentId) {
        return records.ofSessionSegment(sessionId, vignetteId, segmentId).stream()
                .map(j -> new Reasoning(j.judgmentId(), j.marked(), j.confidence(), j.rationale()))
                .toList();
    }
}
