package org.boundarylab.session;

import java.util.List;
import java.util.Optional;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.account.UserSummary;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.boundarylab.vignette.Segment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A trainee's side of a live session: join with the code, work through the cases in order, and
 * submit judgments under the session's rules: nothing while paused or closed, in reveal mode not
 * ahead of the room, and feedback only when the mode allows it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionParticipation {

    private final LiveSessionStore store;
    private final AttemptService attempts;
    private final SessionEvents events;
    private final CurrentUser currentUser;
    private final JoinCodeThrottle throttle;
    private final AuditLog audit;

    SessionParticipation(LiveSessionStore store, AttemptService attempts, SessionEvents events, CurrentUser currentUser,
            JoinCodeThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
        this.store = store;
        this.attempts = attempts;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Joins the open session with this code (rejoining is harmless) and returns its id. Wrong codes
     * are audited and slowed down per account and address ({@link JoinCodeThrottle}).
     */
    public long join(String typedCode) {
        UserSummary me = currentUser.require();
        String code = JoinCodes.normalise(typedCode);
        String address = JoinCodeThrottle.callerAddress();
        Optional<java.time.Duration> wait = throttle.admit(me.username(), address);
        if (wait.isPresent()) {
            audit.record(me.username(), "JOIN_THROTTLED", "from " + address + ", " + wait.get().toSeconds() + " s to wait");
            throw new SessionException("Too many wrong codes in a row. Wait " + Math.max(1, wait.get().toSeconds())
                    + " seconds, then type the code from your supervisor's screen again.");
        }
        Optional<LiveSession> found = store.findOpenByCode(code);
        if (found.isEmpty()) {
            throttle.failedFrom(address);
            audit.record(me.username(), "JOIN_CODE_WRONG", "typed '" + abbreviate(code) + "' from " + address
                    + "; no open session has it");
            throw new SessionException("No open session has the code " + (code.isEmpty() ? "you typed" : code)
                    + ". Check it with your supervisor; a code stops working when its session closes.");
        }
        throttle.succeeded(me.username());
        LiveSession s = found.get();
        if (!store.join(s, me.id())) {
            throw new SessionException("This session is for an invited group, and you are not in it. Ask your supervisor to add you.");
        }
        events.publish(s.id(), SessionEvents.Kind.JOINED);
        return s.id();
    }

    private static String abbreviate(String code) {
        return code.length() > 12 ? code.substring(0, 12) + "..." : code;
    }

    /** The sessions the caller has joined, newest first. */
    public List<LiveSession> mySessions() {
        return store.joinedBy(currentUser.require().id());
    }

    /** Where the caller stands in the session, starting the next case's attempt when they reach it. */
    public SessionStep where(long sessionId) {
        LiveSession s = joined(sessionId);
        if (s.state() == SessionState.CLOSED) {
            return new SessionStep(s, SessionStep.Kind.CLOSED, Optional.empty());
        }
        for (LiveSession.SessionVignette sv : s.vignettes()) {
            boolean lockStep = s.mode() == FeedbackMode.SUPERVISOR_REVEAL;
            if (lockStep && sv.position() > s.focusVignette()) {
                return new SessionStep(s, SessionStep.Kind.WAIT_FOR_ROOM, Optional.empty());
            }
            AttemptState state = attempts.startOrResumeInSession(s.id(), sv.vignetteId(), sv.version());
            if (state.completed()) {
                continue;
            }
            if (s.state() == SessionState.PAUSED) {
                return new SessionStep(s, SessionStep.Kind.PAUSED, Optional.of(state));
            }
            if (lockStep && aheadOfRoom(s, sv, indexOf(state, state.nextSegment()))) {
                return new SessionStep(s, SessionStep.Kind.WAIT_FOR_ROOM, Optional.of(state));
            }
            return new SessionStep(s, SessionStep.Kind.JUDGE, Optional.of(state));
        }
        return new SessionStep(s, SessionStep.Kind.FINISHED, Optional.empty());
    }

    /** Stores the judgment (before anything is shown), then says whether its feedback may be shown now. */
    public SessionAnswer submit(long sessionId, long attemptId, Judgment judgment) {
        LiveSession s = joined(sessionId);
        if (s.state() != SessionState.OPEN) {
            throw new SessionException(s.state() == SessionState.PAUSED
                    ? "Your supervisor has paused the session; your answer was not sent. Submit it again when the session resumes."
                    : "This session is closed; your answer was not sent.");
        }
        AttemptState state = attempts.get(attemptId);
        if (!state.sessionId().equals(Optional.of(sessionId))) {
            throw audit.refused(currentUser.require().username(), "attempt " + attemptId + " is not part of session " + sessionId);
        }
        LiveSession.SessionVignette sv = s.vignettes().stream().filter(v -> v.vignetteId().equals(state.vignette().id()))
                .findFirst().orElseThrow();
        if (s.mode() == FeedbackMode.SUPERVISOR_REVEAL
                && aheadOfRoom(s, sv, indexOf(state, state.vignette().vignette().segment(judgment.segmentId())))) {
            throw new SessionException("The room has not reached this segment yet; wait for your supervisor to move on.");
        }
        AnsweredSegment answered = attempts.submit(attemptId, judgment);
        events.publish(sessionId, SessionEvents.Kind.ANSWER);
        return new SessionAnswer(answered, feedbackVisible(s, state.vignette().id(), answered.segment().id()), s.mode());
    }

    /** Whether the session's mode lets the caller see the feedback on this segment now. */
    public boolean feedbackVisible(long sessionId, String vignetteId, String segmentId) {
        return feedbackVisible(joined(sessionId), vignetteId, segmentId);
    }

    private boolean feedbackVisible(LiveSession s, String vignetteId, String segmentId) {
        return switch (s.mode()) {
            case IMMEDIATE -> true;
            case DEFERRED -> false;
            case SUPERVISOR_REVEAL -> store.revealed(s.id(), vignetteId).contains(segmentId);
        };
    }

    /** In reveal mode a trainee may not judge past the room's segment in the room's case. */
    private static boolean aheadOfRoom(LiveSession s, LiveSession.SessionVignette sv, int segmentIndex) {
        if (sv.position() != s.focusVignette()) {
            return sv.position() > s.focusVignette();
        }
        return segmentIndex > s.focusSegment();
    }

    private static int indexOf(AttemptState state, Optional<Segment> segment) {
        return segment.map(x -> state.vignette().vignette().indexOf(x.id())).orElse(-1);
    }

    private LiveSession joined(long sessionId) {
        UserSummary me = currentUser.require();
        return store.find(sessionId).filter(s -> store.hasJoined(sessionId, me.id()))
                .orElseThrow(() -> audit.refused(me.username(), me.username() + " (account " + me.id()
                        + ") is not a member of session " + sessionId));
    }
}
