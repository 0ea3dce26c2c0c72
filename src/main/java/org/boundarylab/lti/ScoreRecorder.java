package org.boundarylab.lti;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boundarylab.report.ScoreOverridden;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.TrainingEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a launched attempt's score in the outbox, in the transaction that completes the attempt (or
 * stores a supervisor's override): the score and what it reports commit together, or neither does.
 * Only attempts at a case the trainee launched from a platform's graded link are sent.
 */
@Component
class ScoreRecorder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final GradeTargets targets;
    private final ScoreOutbox outbox;
    private final AttemptService attempts;

    ScoreRecorder(GradeTargets targets, ScoreOutbox outbox, AttemptService attempts) {
        this.targets = targets;
        this.outbox = outbox;
        this.attempts = attempts;
    }

    @EventListener
    void on(TrainingEvents.AttemptCompleted e) {
        List<GradeTargets.Target> found =
                targets.of(e.attempt().traineeId(), e.attempt().vignetteId());
        for (GradeTargets.Target t : found) {
            targets.graded(e.attempt().attemptId(), t.id());
            outbox.add(t.id(), score(t, e, "Completed in Boundary Lab"));
        }
    }

    @EventListener
    void on(ScoreOverridden e) {
        attempts.completedTotalByJudgment(e.judgmentId())
                .ifPresent(total -> targets.ofAttempt(total.attempt().attemptId())
                        .ifPresent(t -> outbox.add(t.id(), score(t, total, "Score changed by a supervisor"))));
    }

    /**
     * An AGS score: the attempt's total as its summary shows it, out of its own maximum (the platform
     * scales it to the line item), never below zero (certainty-based marking can go negative; AGS cannot).
     */
    static String score(GradeTargets.Target t, TrainingEvents.AttemptCompleted e, String comment) {
        double max = e.total().maxScore();
        double given = Math.max(0, Math.min(max, e.total().score()));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("userId", t.subject());
        s.put("scoreGiven", given);
        s.put("scoreMaximum", max);
        s.put("comment", comment);
        s.put("timestamp", Instant.now().toString());
        s.put("activityProgress", "Completed");
        s.put("gradingProgress", "FullyGraded");
        return JSON.writeValueAsString(s);
    }
}
