package org.boundarylab.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.CorrectedReadings;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.JudgmentClassifier;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VersionedVignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practice attempts: start or resume a vignette, submit a judgment for the next segment, read back
 * an attempt. A judgment is committed to the database before its assessment is returned, so
 * whatever feedback a trainee has seen survives a crash. Anyone signed in may take a vignette;
 * only its owner (or an admin) may read or continue an attempt.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AttemptService {

    static final int MAX_RATIONALE = 4_000;
    static final int MAX_HIGHLIGHTS = 30;
    static final int MAX_HIGHLIGHT = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AttemptRepository attempts;
    private final JudgmentRecordRepository judgments;
    private final VignetteCatalog catalog;
    private final JudgmentClassifier classifier;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ScoreOverrides overrides;
    private final TransactionTemplate tx;
    private final KnowledgeAnswerRepository answers;
    private final CorrectedReadings corrections;
    private final ApplicationEventPublisher events;
    private final RecallBeforeRepository recallBefore;

    AttemptService(
            AttemptRepository attempts,
            JudgmentRecordRepository judgments,
            VignetteCatalog catalog,
            JudgmentClassifier classifier,
            CurrentUser currentUser,
            TransactionTemplate tx,
            KnowledgeAnswerRepository answers,
            AuditLog audit,
            ScoreOverrides overrides,
            CorrectedReadings corrections,
            ApplicationEventPublisher events,
            RecallBeforeRepository recallBefore) {
        this.events = events;
        this.recallBefore = recallBefore;
        this.audit = audit;
        this.overrides = overrides;
        this.corrections = corrections;
        this.attempts = attempts;
        this.judgments = judgments;
        this.catalog = catalog;
        this.classifier = classifier;
        this.currentUser = currentUser;
        this.tx = tx;
        this.answers = answers;
    }

    /** Resumes the caller's open attempt at this vignette, or starts one on its newest revision. */
    @Transactional
    public AttemptState startOrResume(String vignetteId) {
        UserSummary me = currentUser.require();
        Attempt attempt =
                attempts.findFirstByTraineeIdAndVignetteIdAndCompletedAtIsNullAndSessionIdIsNullOrderByStartedAtDesc(
                                me.id(), vignetteId)
                        .orElseGet(() -> {
                            VersionedVignette v = openForAttempts(vignetteId);
                            return started(attempts.save(new Attempt(me.id(), v.id(), v.version())));
                        });
        return state(attempt);
    }

    /** Starts a fresh attempt even when one is open (the "try again" of a finished case). */
    @Transactional
    public AttemptState startNew(String vignetteId) {
        UserSummary me = currentUser.require();
        VersionedVignette v = openForAttempts(vignetteId);
        return state(started(attempts.save(new Attempt(me.id(), v.id(), v.version()))));
    }

    /** A new attempt uses the newest revision; a retired case takes no new attempts (open ones go on). */
    private VersionedVignette openForAttempts(String vignetteId) {
        return catalog.openForAttempts(vignetteId)
                .orElseThrow(() -> new AttemptException(
                        catalog.latest(vignetteId).isPresent()
                                ? "This case has been retired by a supervisor: choose another one from the library."
                                : "There is no case called '" + vignetteId + "'."));
    }

    /**
     * The caller's attempt at a vignette revision within a live session, started on first call. The
     * session service calls this after checking that the caller belongs to the session; a unique
     * constraint keeps it to one attempt per trainee, session and vignette, even under a double click.
     */
    public AttemptState startOrResumeInSession(long sessionId, String vignetteId, int version) {
        UserSummary me = currentUser.require();
        try {
            return tx.execute(
                    status -> state(attempts.findBySessionIdAndTraineeIdAndVignetteId(sessionId, me.id(), vignetteId)
                            .orElseGet(() -> started(
                                    attempts.saveAndFlush(new Attempt(me.id(), vignetteId, version, sessionId))))));
        } catch (DataIntegrityViolationException concurrentStart) {
            return tx.execute(
                    status -> state(attempts.findBySessionIdAndTraineeIdAndVignetteId(sessionId, me.id(), vignetteId)
                            .orElseThrow()));
        }
    }

    @Transactional(readOnly = true)
    public AttemptState get(long attemptId) {
        return state(owned(attemptId));
    }

    /** The caller's attempt's case revision and session, for checks that need none of its judgments. */
    @Transactional(readOnly = true)
    public AttemptPlace place(long attemptId) {
        Attempt attempt = owned(attemptId);
        return new AttemptPlace(revision(attempt), Optional.ofNullable(attempt.getSessionId()));
    }

    /**
     * Classifies and stores a judgment of the attempt's next segment, then returns its assessment.
     * Submitting the same segment again (a double click, a retry) returns the stored assessment. The
     * reasoning is required: a judgment with fewer than {@link Judgment#MIN_RATIONALE_WORDS} words of it
     * is refused (the headless scorer takes any, and says RATIONALE_MISSING when there is none).
     */
    public AnsweredSegment submit(long attemptId, Judgment judgment) {
        validate(judgment);
        try {
            return tx.execute(status -> store(attemptId, judgment));
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            // another request stored this segment first: answer with what was stored
            return tx.execute(status ->
                    storedAnswer(owned(attemptId), judgment.segmentId()).orElseThrow());
        }
    }

    /**
     * Assesses and stores the answer to the case's recall question (once every segment is judged),
     * which completes the attempt. Answering again returns the stored assessment.
     */
    @Transactional
    public AnsweredQuestion answerQuestion(long attemptId, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new AttemptException("Answer: write the characteristics you remember, in your own words.");
        }
        if (text.length() > MAX_RATIONALE) {
            throw new AttemptException("Answer: keep it under " + MAX_RATIONALE + " characters.");
        }
        Attempt attempt = owned(attemptId);
        AttemptState state = state(attempt);
        if (state.knowledge().isPresent()) {
            return state.knowledge().get();
        }
        if (!state.awaitsAnswer()) {
            throw new AttemptException("The question comes after every segment is judged.");
        }
        var question = state.vignette().vignette().knowledgeCheck().orElseThrow();
        var assessment = classifier.assessAnswer(question, text);
        KnowledgeAnswerRecord stored = answers.saveAndFlush(new KnowledgeAnswerRecord(
                attempt.getId(),
                text,
                assessment.score(),
                assessment.maxScore(),
                JSON.writeValueAsString(assessment),
                assessment.ruleBaseVersion()));
        List<JudgmentRecord> judged = judgments.findByAttemptId(attempt.getId());
        events.publishEvent(new TrainingEvents.KnowledgeCheckAnswered(
                ref(attempt), assessment, lastSubmitted(attempt, judged), stored.getSubmittedAt()));
        attempt.complete();
        completed(attempt, judged, stored);
        return new AnsweredQuestion(question, text, assessment);
    }

    /**
     * Stores the answer to the recall question asked before the first segment. It is assessed as the
     * final one is, so the two compare, but it counts in no score. Answering again changes nothing.
     */
    @Transactional
    public AttemptState answerRecallBefore(long attemptId, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new AttemptException("Answer: write what you already know, in your own words, even a guess.");
        }
        if (text.length() > MAX_RATIONALE) {
            throw new AttemptException("Answer: keep it under " + MAX_RATIONALE + " characters.");
        }
        Attempt attempt = owned(attemptId);
        AttemptState state = state(attempt);
        if (!state.awaitsRecallBefore()) {
            return state;
        }
        var question = state.vignette().vignette().knowledgeCheck().orElseThrow();
        var assessment = classifier.assessAnswer(question, text);
        recallBefore.saveAndFlush(new RecallBeforeRecord(
                attempt.getId(),
                text,
                assessment.score(),
                assessment.maxScore(),
                JSON.writeValueAsString(assessment),
                assessment.ruleBaseVersion()));
        return state(attempt);
    }

    @Transactional(readOnly = true)
    public List<AttemptSummary> myAttempts() {
        UserSummary me = currentUser.require();
        List<Attempt> mine = attempts.findByTraineeIdOrderByStartedAtDesc(me.id());
        List<Long> ids = mine.stream().map(Attempt::getId).toList();
        Map<Long, List<JudgmentRecord>> byAttempt =
                judgments.findByAttemptIdIn(ids).stream().collect(Collectors.groupingBy(JudgmentRecord::getAttemptId));
        Map<Long, KnowledgeAnswerRecord> knowledge = new HashMap<>();
        answers.findByAttemptIdIn(ids).forEach(k -> knowledge.put(k.getAttemptId(), k));
        Map<Long, Double> overridden = overrides.of(byAttempt.values().stream()
                .flatMap(List::stream)
                .map(JudgmentRecord::getId)
                .toList());
        List<AttemptSummary> rows = new ArrayList<>();
        for (Attempt a : mine) {
            Optional<VersionedVignette> v = catalog.revision(a.getVignetteId(), a.getVignetteVersion());
            List<JudgmentRecord> done = byAttempt.getOrDefault(a.getId(), List.of());
            rows.add(new AttemptSummary(
                    a.getId(),
                    a.getVignetteId(),
                    v.map(x -> x.vignette().title()).orElse(a.getVignetteId()),
                    done.size(),
                    v.map(x -> x.vignette().segments().size()).orElse(0),
                    total(done, overridden, knowledge.get(a.getId())),
                    a.getStartedAt(),
                    a.getCompletedAt()));
        }
        return rows;
    }

    /**
     * A completed attempt's total as it stands now, found by one of its judgments: what a score
     * override changed (called inside the override's transaction, so the new score counts). Staff only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(org.boundarylab.account.Role.STAFF)
    public Optional<TrainingEvents.AttemptCompleted> completedTotalByJudgment(long judgmentId) {
        return judgments
                .findById(judgmentId)
                .flatMap(j -> attempts.findById(j.getAttemptId()))
                .filter(a -> a.getCompletedAt() != null)
                .map(a -> completion(
                        a,
                        judgments.findByAttemptId(a.getId()),
                        answers.findByAttemptId(a.getId()).orElse(null)));
    }

    private static AttemptTotal total(
            List<JudgmentRecord> judged, Map<Long, Double> overridden, KnowledgeAnswerRecord knowledge) {
        List<AttemptTotal.Part> parts = new ArrayList<>();
        judged.forEach(j ->
                parts.add(new AttemptTotal.Part(overridden.getOrDefault(j.getId(), j.getScore()), j.getMaxScore())));
        if (knowledge != null) {
            parts.add(new AttemptTotal.Part(knowledge.getScore(), knowledge.getMaxScore()));
        }
        return AttemptTotal.of(parts);
    }

    private AnsweredSegment store(long attemptId, Judgment judgment) {
        Attempt attempt = owned(attemptId);
        Optional<AnsweredSegment> stored = storedAnswer(attempt, judgment.segmentId());
        if (stored.isPresent()) {
            return stored.get();
        }
        if (attempt.getCompletedAt() != null) {
            throw new AttemptException("This attempt is finished; start the case again to practise more.");
        }
        VersionedVignette v = revision(attempt);
        // only the ids of the judged segments are needed here: no stored assessment is parsed
        List<JudgmentRecord> earlier = judgments.findByAttemptId(attempt.getId());
        Set<String> judged = earlier.stream().map(JudgmentRecord::getSegmentId).collect(Collectors.toSet());
        List<Segment> segments = v.vignette().segments();
        Segment next = segments.stream()
                .filter(s -> !judged.contains(s.id()))
                .findFirst()
                .orElseThrow(() -> new AttemptException("Every segment is already judged."));
        if (!next.id().equals(judgment.segmentId())) {
            throw new AttemptException("Segments are judged in order: the next one is " + next.id() + ".");
        }
        Assessment assessment = classifier.classify(next, judgment, v.vignette().people());
        JudgmentRecord record = judgments.saveAndFlush(new JudgmentRecord(
                attempt.getId(),
                next.id(),
                judgment.marked().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                JSON.writeValueAsString(judgment.evidence()),
                judgment.rationale(),
                judgment.confidence(),
                assessment.score(),
                assessment.maxScore(),
                JSON.writeValueAsString(assessment),
                assessment.ruleBaseVersion()));
        events.publishEvent(new TrainingEvents.SegmentAnswered(
                ref(attempt),
                record.getId(),
                judgment,
                assessment,
                lastSubmitted(attempt, earlier),
                record.getSubmittedAt()));
        boolean lastSegment = judged.size() + 1 == segments.size();
        if (lastSegment && v.vignette().knowledgeCheck().isEmpty()) {
            attempt.complete();
            List<JudgmentRecord> all = new ArrayList<>(earlier);
            all.add(record);
            completed(attempt, all, null);
        }
        return new AnsweredSegment(next, judgment, assessment);
    }

    private Attempt started(Attempt attempt) {
        events.publishEvent(new TrainingEvents.AttemptStarted(ref(attempt)));
        return attempt;
    }

    private static TrainingEvents.AttemptRef ref(Attempt a) {
        return new TrainingEvents.AttemptRef(
                a.getId(),
                a.getTraineeId(),
                a.getVignetteId(),
                a.getVignetteVersion(),
                a.getSessionId(),
                a.getStartedAt());
    }

    /** When the attempt's current step began: the newest judgment's storing, or the attempt's start. */
    private static java.time.Instant lastSubmitted(Attempt attempt, List<JudgmentRecord> judged) {
        return judged.stream()
                .map(JudgmentRecord::getSubmittedAt)
                .max(Comparator.naturalOrder())
                .orElse(attempt.getStartedAt());
    }

    /** Announces a completed attempt with the total its summary shows and the lowest total its scoring allowed. */
    private void completed(Attempt attempt, List<JudgmentRecord> judged, KnowledgeAnswerRecord knowledge) {
        events.publishEvent(completion(attempt, judged, knowledge));
    }

    private TrainingEvents.AttemptCompleted completion(
            Attempt attempt, List<JudgmentRecord> judged, KnowledgeAnswerRecord knowledge) {
        Map<Long, Double> overridden =
                overrides.of(judged.stream().map(JudgmentRecord::getId).toList());
        double lowest = judged.stream()
                .mapToDouble(
                        r -> JSON.readValue(r.getAssessment(), Assessment.class).minScore())
                .sum();
        return new TrainingEvents.AttemptCompleted(
                ref(attempt), total(judged, overridden, knowledge), lowest, attempt.getCompletedAt());
    }

    private Optional<AnsweredSegment> storedAnswer(Attempt attempt, String segmentId) {
        return judgments
                .findByAttemptIdAndSegmentId(attempt.getId(), segmentId)
                .map(r -> answered(
                        revision(attempt), r, overrides.of(List.of(r.getId())), corrections.of(List.of(r.getId()))));
    }

    private AttemptState state(Attempt attempt) {
        VersionedVignette v = revision(attempt);
        Map<String, JudgmentRecord> bySegment = new HashMap<>();
        judgments.findByAttemptId(attempt.getId()).forEach(r -> bySegment.put(r.getSegmentId(), r));
        List<Long> ids = bySegment.values().stream().map(JudgmentRecord::getId).toList();
        Map<Long, Double> overridden = overrides.of(ids);
        // a supervisor's correction of how the reasoning was read is shown with the feedback
        Map<Long, CorrectedReading> corrected = corrections.of(ids);
        List<AnsweredSegment> answered = v.vignette().segments().stream()
                .filter(s -> bySegment.containsKey(s.id()))
                .map(s -> answered(v, bySegment.get(s.id()), overridden, corrected))
                .sorted(Comparator.comparingInt(
                        a -> v.vignette().indexOf(a.segment().id())))
                .toList();
        Optional<AnsweredQuestion> knowledge = answers.findByAttemptId(attempt.getId())
                .map(r -> new AnsweredQuestion(
                        v.vignette().knowledgeCheck().orElseThrow(),
                        r.getAnswer(),
                        JSON.readValue(r.getAssessment(), org.boundarylab.judgment.KnowledgeAssessment.class)));
        Optional<AnsweredQuestion> before = recallBefore
                .findByAttemptId(attempt.getId())
                .map(r -> new AnsweredQuestion(
                        v.vignette().knowledgeCheck().orElseThrow(),
                        r.getAnswer(),
                        JSON.readValue(r.getAssessment(), org.boundarylab.judgment.KnowledgeAssessment.class)));
        return new AttemptState(
                attempt.getId(),
                v,
                answered,
                knowledge,
                attempt.getCompletedAt() != null,
                Optional.ofNullable(attempt.getSessionId()),
                before);
    }

    private static AnsweredSegment answered(
            VersionedVignette v,
            JudgmentRecord r,
            Map<Long, Double> overridden,
            Map<Long, CorrectedReading> corrected) {
        Segment segment = v.vignette().segment(r.getSegmentId()).orElseThrow();
        Set<Characteristic> marked = TrainingRecords.marked(r.getMarked());
        List<String> evidence = List.of(JSON.readValue(r.getEvidence(), String[].class));
        Judgment judgment = new Judgment(r.getSegmentId(), marked, evidence, r.getRationale(), r.getConfidence());
        return new AnsweredSegment(
                segment,
                judgment,
                JSON.readValue(r.getAssessment(), Assessment.class),
                overridden.get(r.getId()),
                Optional.ofNullable(corrected.get(r.getId())));
    }

    private VersionedVignette revision(Attempt attempt) {
        return catalog.revision(attempt.getVignetteId(), attempt.getVignetteVersion())
                .orElseThrow(() -> new IllegalStateException(
                        "Attempt " + attempt.getId() + " refers to a missing vignette revision"));
    }

    /** The attempt, if the caller owns it (or is an admin); the same answer for "missing" and "not yours". */
    private Attempt owned(long attemptId) {
        UserSummary me = currentUser.require();
        return attempts.findById(attemptId)
                .filter(a -> a.getTraineeId() == me.id() || me.role() == Role.ADMIN)
                .orElseThrow(() -> audit.refused(
                        me.username(),
                        me.username() + " (account " + me.id() + ") asked for attempt " + attemptId
                                + ", which is not theirs"));
    }

    private static void validate(Judgment judgment) {
        if (judgment.rationale().length() > MAX_RATIONALE) {
            throw new AttemptException(
                    AttemptException.RATIONALE,
                    "Rationale: keep it under " + MAX_RATIONALE + " characters (a few sentences).");
        }
        if (judgment.rationaleWords() < Judgment.MIN_RATIONALE_WORDS) {
            throw new AttemptException(
                    AttemptException.RATIONALE,
                    "Reasoning: write at least " + Judgment.MIN_RATIONALE_WORDS
                            + " words on what in the text made you decide.");
        }
        if (judgment.evidence().size() > MAX_HIGHLIGHTS) {
            throw new AttemptException("Evidence: highlight at most " + MAX_HIGHLIGHTS + " phrases.");
        }
        if (judgment.evidence().stream().anyMatch(e -> e.length() > MAX_HIGHLIGHT)) {
            throw new AttemptException("Evidence: each highlight must be under " + MAX_HIGHLIGHT + " characters.");
        }
    }
}
