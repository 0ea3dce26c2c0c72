package org.boundarylab.training;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.account.Role;
import org.boundarylab.vignette.Characteristic;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored attempts and their judgments, read by other modules in training's own terms: the
 * database's counts are the counts. Staff only; a caller checks that the person may see the
 * attempts it asks for (the session module: that they run the session).
 */
@Service
@PreAuthorize(Role.STAFF)
public class TrainingRecords {

    private final AttemptRepository attempts;
    private final JudgmentRecordRepository judgments;

    TrainingRecords(AttemptRepository attempts, JudgmentRecordRepository judgments) {
        this.attempts = attempts;
        this.judgments = judgments;
    }

    /** One stored judgment: what was marked, how sure, the words, and how it scored. */
    public record StoredJudgment(
            long judgmentId,
            String segmentId,
            Set<Characteristic> marked,
            Integer confidence,
            String rationale,
            double score,
            double maxScore,
            Instant submittedAt) {}

    /** An attempt at one version of a vignette, with its judgments in the order they were stored. */
    public record StoredAttempt(
            long attemptId,
            long traineeId,
            String vignetteId,
            int version,
            boolean completed,
            List<StoredJudgment> judgments) {}

    /** Every attempt made in a live session. */
    @Transactional(readOnly = true)
    public List<StoredAttempt> ofSession(long sessionId) {
        List<Attempt> inSession = attempts.findBySessionId(sessionId);
        Map<Long, List<JudgmentRecord>> byAttempt =
                judgments
                        .findByAttemptIdIn(
                                inSession.stream().map(Attempt::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(JudgmentRecord::getAttemptId));
        return inSession.stream()
                .map(a -> new StoredAttempt(
                        a.getId(),
                        a.getTraineeId(),
                        a.getVignetteId(),
                        a.getVignetteVersion(),
                        a.getCompletedAt() != null,
                        byAttempt.getOrDefault(a.getId(), List.of()).stream()
                                .map(TrainingRecords::stored)
                                .toList()))
                .toList();
    }

    /** The judgments made in a live session on one segment of one vignette. */
    @Transactional(readOnly = true)
    public List<StoredJudgment> ofSessionSegment(long sessionId, String vignetteId, String segmentId) {
        List<Long> ids = attempts.findBySessionId(sessionId).stream()
                .filter(a -> a.getVignetteId().equals(vignetteId))
                .map(Attempt::getId)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return judgments.findByAttemptIdInAndSegmentId(ids, segmentId).stream()
                .map(TrainingRecords::stored)
                .toList();
    }

    private static StoredJudgment stored(JudgmentRecord r) {
        return new StoredJudgment(
                r.getId(),
                r.getSegmentId(),
                marked(r.getMarked()),
                r.getConfidence(),
                r.getRationale(),
                r.getScore(),
                r.getMaxScore(),
                r.getSubmittedAt());
    }

    static Set<Characteristic> marked(String stored) {
        Set<Characteristic> marked = EnumSet.noneOf(Characteristic.class);
        if (!stored.isEmpty()) {
            for (String code : stored.split(",")) {
                marked.add(Characteristic.valueOf(code));
            }
        }
        return marked;
    }
}
