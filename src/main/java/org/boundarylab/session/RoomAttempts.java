package org.boundarylab.training;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
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
 * What the trainees of a live session have done, read straight from the stored judgments: the
 * dashboard's counts are the database's counts. The session service checks that the caller runs
 * the session before asking.
 */
@Service
@PreAuthorize(Role.STAFF)
public class SessionAttempts {

    private final AttemptRepository attempts;
    private final JudgmentRecordRepository judgments;

    SessionAttempts(AttemptRepository attempts, JudgmentRecordRepository judgments) {
        this.attempts = attempts;
        this.judgments = judgments;
    }

    /** One judged segment: what was marked and how it scored. */
    public record JudgedSegment(String segmentId, Set<Characteristic> marked, double score, double maxScore,
            Instant submittedAt) {
    }

    /** A trainee's attempt at one of the session's vignettes, with its judged segments by id. */
    public record AttemptProgress(long attemptId, long traineeId, String vignetteId, int version, boolean completed,
            Map<String, JudgedSegment> judged) {
    }

    @Transactional(readOnly = true)
    public List<AttemptProgress> inSession(long sessionId) {
        List<Attempt> inSession = attempts.findBySessionId(sessionId);
        Map<Long, List<JudgmentRecord>> byAttempt = judgments.findByAttemptIdIn(inSession.stream().map(Attempt::getId).toList())
                .stream().collect(Collectors.groupingBy(JudgmentRecord::getAttemptId));
        return inSession.stream().map(a -> {
            Map<String, JudgedSegment> judged = new HashMap<>();
            for (JudgmentRecord r : byAttempt.getOrDefault(a.getId(), List.of())) {
                judged.put(r.getSegmentId(), new JudgedSegment(r.getSegmentId(), marked(r.getMarked()), r.getScore(),
                        r.getMaxScore(), r.getSubmittedAt()));
            }
            return new AttemptProgress(a.getId(), a.getTraineeId(), a.getVignetteId(), a.getVignetteVersion(),
                    a.getCompletedAt() != null, Map.copyOf(judged));
        }).toList();
    }

    /**
     * A reasoning the room wrote on one segment, for the supervisor to lead a discussion with: what
     * was marked, how sure, and the words, with no name and no trainee id.
     */
    public record Reasoning(long judgmentId, Set<Characteristic> marked, Integer confidence, String rationale) {
    }

    /** Every reasoning written on this segment of this case in the session. */
    @Transactional(readOnly = true)
    public List<Reasoning> reasonings(long sessionId, String vignetteId, String segmentId) {
        List<Long> ids = attempts.findBySessionId(sessionId).stream().filter(a -> a.getVignetteId().equals(vignetteId))
                .map(Attempt::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return judgments.findByAttemptIdInAndSegmentId(ids, segmentId).stream()
                .map(r -> new Reasoning(r.getId(), marked(r.getMarked()), r.getConfidence(), r.getRationale())).toList();
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
