package org.boundarylab.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.session.LiveSessions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scored reports, with their access rules enforced here: a trainee sees only their own report; a
 * supervisor sees the trainees who joined their sessions and the cohorts of those sessions; an
 * admin sees everything. A supervisor may override a judgment's score with a comment, audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Reports {

    public static final int MAX_COMMENT = 1000;
    private final ReportStore store;
    private final LiveSessions sessions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    Reports(
            ReportStore store,
            LiveSessions sessions,
            CurrentUser currentUser,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A trainee's report with its raw judgments (for the CSV and the override controls). */
    /**
     * A trainee's report with its raw judgments and, by judgment id, what is needed to show each one
     * beside its feedback: the stored assessment and the segment it was made on.
     */
    public record TraineeResult(
            long traineeId,
            String name,
            TraineeReport report,
            List<ScoredJudgment> judgments,
            Map<Long, org.boundarylab.judgment.Assessment> assessments,
            Map<Long, org.boundarylab.vignette.Segment> segments,
            List<KnowledgeAnswer> knowledge) {

        /** Each attempt's total as the report computed it (knowledge check included), for the CSV. */
        public Map<String, org.boundarylab.training.AttemptTotal> totals() {
            Map<String, org.boundarylab.training.AttemptTotal> totals = new java.util.HashMap<>();
            report.attempts()
                    .forEach(a -> totals.put(
                            a.attempt(), new org.boundarylab.training.AttemptTotal(a.score(), a.maxScore())));
            return totals;
        }

        public String csv() {
            Map<Long, List<String>> feedback = new java.util.HashMap<>();
            assessments.forEach((id, a) -> feedback.put(
                    id,
                    a.feedback().stream()
                            .map(org.boundarylab.judgment.FeedbackItem::message)
                            .toList()));
            return JudgmentCsv.write(judgments, totals(), feedback);
        }
    }

    public record CohortResult(String title, CohortReport report, List<ScoredJudgment> judgments) {}

    @Transactional(readOnly = true)
    public TraineeResult trainee(long traineeId) {
        requireMayRead(traineeId);
        UserSummary me = currentUser.require();
        // a supervisor sees what was done in their sessions and on the cases they assigned, and
        // private practice only if the trainee shares it; the trainee and admins see everything
        Long supervisor = me.role() == Role.SUPERVISOR && me.id() != traineeId ? me.id() : null;
        List<ScoredJudgment> judgments = store.ofTrainee(traineeId, supervisor);
        String name = store.displayName(traineeId);
        Map<Long, org.boundarylab.judgment.Assessment> assessments = store.assessmentsOfTrainee(traineeId);
        TraineeReport report = ReportCalculator.trainee(
                name,
                judgments,
                j -> assessments.containsKey(j.judgmentId())
                        ? assessments.get(j.judgmentId()).feedback().stream()
                                .map(org.boundarylab.judgment.FeedbackItem::message)
                                .toList()
                        : List.of(),
                store.attemptTimes(traineeId),
                store.knowledgeOfTrainee(traineeId));
        Map<Long, org.boundarylab.vignette.Segment> segments = new java.util.HashMap<>();
        judgments.forEach(j -> store.segment(j.vignetteId(), j.version(), j.segmentId())
                .ifPresent(s -> segments.put(j.judgmentId(), s)));
        java.util.Set<String> shown = new java.util.HashSet<>();
        judgments.forEach(j -> shown.add(j.attempt()));
        List<KnowledgeAnswer> knowledge = store.knowledgeAnswersOfTrainee(traineeId).stream()
                .filter(k -> shown.contains(k.attempt()))
                .toList();
        return new TraineeResult(traineeId, name, report, judgments, assessments, segments, knowledge);
    }

    /** The caller's own report. */
    @Transactional(readOnly = true)
    public TraineeResult mine() {
        return trainee(currentUser.require().id());
    }

    /** A live session's cohort: only its supervisor or an admin. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public CohortResult session(long sessionId) {
        String name = sessions.get(sessionId).name();
        List<ScoredJudgment> judgments = store.ofSession(sessionId);
        return new CohortResult("Session: " + name, ReportCalculator.cohort(judgments), judgments);
    }

    /** Every attempt on these cases, by the trainees the caller may see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public CohortResult cases(Set<String> vignetteIds) {
        UserSummary me = currentUser.require();
        List<ScoredJudgment> judgments = store.onVignettes(vignetteIds, me.role() == Role.ADMIN ? null : me.id());
        return new CohortResult(
                "Cases: " + String.join(", ", vignetteIds), ReportCalculator.cohort(judgments), judgments);
    }

    /** The trainees whose reports the caller may open (id, name). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public List<Map.Entry<Long, String>> visibleTrainees() {
        UserSummary me = currentUser.require();
        return store.trainees(me.role() == Role.ADMIN ? null : me.id());
    }

    /**
     * Replaces a judgment's score in every report, keeping the rule base's score beside it, and
     * records who changed what and when. The score must lie within the bounds the rule base recorded
     * for the judgment (its lowest possible score and its maximum).
     */
    @Transactional
    @PreAuthorize(Role.STAFF)
    public void override(long judgmentId, double score, String comment) {
        UserSummary me = currentUser.require();
        long trainee = store.traineeOfJudgment(judgmentId)
                .orElseThrow(() -> audit.refused(me.username(), "judgment " + judgmentId + " does not exist"));
        requireMayReview(judgmentId);
        String reason = comment == null ? "" : comment.strip();
        if (reason.isEmpty() || reason.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("Comment: say why, in at most " + MAX_COMMENT + " characters.");
        }
        // the bounds the rule base's scoring recorded with the judgment (its certainty decides how low)
        ReportStore.Bounds bounds = store.bounds(judgmentId);
        if (!bounds.admit(score)) {
            throw new IllegalArgumentException("Score: between " + PointsFormat.of(bounds.lowest()) + " and "
                    + PointsFormat.of(bounds.highest())
                    + " for this judgment, the lowest and highest the rule base's scoring allows it.");
        }
        store.override(judgmentId, score, reason, me.username());
        audit.record(
                me.username(),
                "SCORE_OVERRIDE",
                "judgment " + judgmentId + " of trainee " + trainee + " set to " + score + ": " + reason);
        events.publishEvent(new ScoreOverridden(
                judgmentId, trainee, me.id(), score, bounds.lowest(), bounds.highest(), java.time.Instant.now()));
    }

    /**
     * Refuses, audited, unless the caller may review this stored judgment: it exists and its trainee's
     * report is theirs to read. The review module (reading corrections, calibration) asks here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public void requireMayReview(long judgmentId) {
        UserSummary me = currentUser.require();
        store.traineeOfJudgment(judgmentId)
                .orElseThrow(() -> audit.refused(me.username(), "judgment " + judgmentId + " does not exist"));
        if (me.role() != Role.ADMIN
                && (me.role() != Role.SUPERVISOR
                        || store.seenBy(List.of(judgmentId), me.id()).isEmpty())) {
            throw audit.refused(
                    me.username(),
                    me.username() + " (account " + me.id() + ") may not review judgment " + judgmentId
                            + ": not made in their sessions or on their cases, nor shared with them");
        }
    }

    /**
     * Of these judgments, those the caller may review: everything for an admin; for a supervisor,
     * what the trainee's report shows them (their sessions, their cases, shared practice).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public Set<Long> reviewable(java.util.Collection<Long> judgmentIds) {
        UserSummary me = currentUser.require();
        return me.role() == Role.ADMIN ? Set.copyOf(judgmentIds) : store.seenBy(judgmentIds, me.id());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public List<AuditLog.Event> overrideHistory(long judgmentId) {
        requireMayReview(judgmentId);
        return audit.about("SCORE_OVERRIDE", "judgment " + judgmentId + " ");
    }

    private void requireMayRead(long traineeId) {
        UserSummary me = currentUser.require();
        boolean allowed = me.id() == traineeId
                || me.role() == Role.ADMIN
                || me.role() == Role.SUPERVISOR && store.supervises(me.id(), traineeId);
        if (!allowed) {
            throw audit.refused(
                    me.username(),
                    me.username() + " (account " + me.id() + ") asked for the report of trainee " + traineeId
                            + ", who is not in their sessions");
        }
    }
}
