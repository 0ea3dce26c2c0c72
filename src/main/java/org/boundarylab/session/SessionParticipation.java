package org.boundarylab.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptPlace;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteCatalog;
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
    private final VignetteCatalog catalog;

    SessionParticipation(
            LiveSessionStore store,
            AttemptService attempts,
            SessionEvents events,
            CurrentUser currentUser,
            JoinCodeThrottle throttle,
            AuditLog audit,
            VignetteCatalog catalog) {
        this.catalog = catalog;
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
            audit.record(
                    me.username(),
                    "JOIN_THROTTLED",
                    "from " + address + ", " + wait.get().toSeconds() + " s to wait");
            throw new SessionException("Too many wrong codes in a row. Wait "
                    + Math.max(1, wait.get().toSeconds())
                    + " seconds, then type the code from your supervisor's screen again.");
        }
        Optional<LiveSession> found = store.findOpenByCode(code);
        if (found.isEmpty()) {
            throttle.failedFrom(address);
            audit.record(
                    me.username(),
                    "JOIN_CODE_WRONG",
                    "typed '" + abbreviate(code) + "' from " + address + "; no open session has it");
            throw new SessionException("No open session has the code " + (code.isEmpty() ? "you typed" : code)
                    + ". Check it with your supervisor; a code stops working when its session closes.");
        }
        throttle.succeeded(me.username());
        LiveSession s = found.get();
        if (!store.join(s, me.id())) {
            throw new SessionException(
                    "This session is for an invited group, and you are not in it. Ask your supervisor to add you.");
        }
        events.publish(s.id(), SessionEvents.Kind.JOINED, s.version());
        return s.id();
    }

    private static String abbreviate(String code) {
        return code.length() > 12 ? code.substring(0, 12) + "..." : code;
    }

    /** The sessions the caller has joined, newest first. */
    public List<LiveSession> mySessions() {
        return store.joinedBy(currentUser.require().id());
    }

    /**
     * Where the caller stands in the session, starting the next case's attempt when they reach it,
     * and where the room is. A pause does not change the step: the screen holds it.
     */
    public SessionStep where(long sessionId) {
        LiveSession s = joined(sessionId);
        if (s.state() == SessionState.CLOSED) {
            return new SessionStep(s, SessionStep.Kind.CLOSED, Optional.empty(), room(s, Optional.empty()));
        }
        for (LiveSession.SessionVignette sv : s.vignettes()) {
            if (s.lockStep() && sv.position() > s.focusVignette()) {
                return new SessionStep(s, SessionStep.Kind.WAIT_FOR_ROOM, Optional.empty(), room(s, Optional.empty()));
            }
            AttemptState state = attempts.startOrResumeInSession(s.id(), sv.vignetteId(), sv.version());
            if (state.completed()) {
                continue;
            }
            SessionStep.Kind kind =
                    s.lockStep() && aheadOfRoom(s, sv, indexOf(state.vignette().vignette(), state.nextSegment()))
                            ? SessionStep.Kind.WAIT_FOR_ROOM
                            : SessionStep.Kind.JUDGE;
            return new SessionStep(s, kind, Optional.of(state), room(s, Optional.of(state)));
        }
        return new SessionStep(s, SessionStep.Kind.FINISHED, Optional.empty(), room(s, Optional.empty()));
    }

    private SessionStep.Room room(LiveSession s, Optional<AttemptState> attempt) {
        LiveSession.SessionVignette focus = s.focusedVignette();
        List<Segment> segments = catalog.revision(focus.vignetteId(), focus.version())
                .orElseThrow()
                .vignette()
                .segments();
        String where = "Case " + (s.focusVignette() + 1) + " of "
                + s.vignettes().size() + " · segment " + (s.focusSegment() + 1) + " of " + segments.size();
        Set<String> revealedInFocus = store.revealed(s.id(), focus.vignetteId());
        Set<String> revealedInCase = attempt.map(a -> a.vignette().id().equals(focus.vignetteId())
                        ? revealedInFocus
                        : store.revealed(s.id(), a.vignette().id()))
                .orElse(Set.of());
        return new SessionStep.Room(
                where, revealedInFocus.contains(segments.get(s.focusSegment()).id()), revealedInCase);
    }

    /** Stores the judgment (before anything is shown), then says whether its feedback may be shown now. */
    public SessionAnswer submit(long sessionId, long attemptId, Judgment judgment) {
        LiveSession s = joined(sessionId);
        if (s.state() == SessionState.PAUSED) {
            throw new SessionPaused();
        }
        if (s.state() != SessionState.OPEN) {
            throw new SessionException("This session is closed; your answer was not sent.");
        }
        AttemptPlace place = attempts.place(attemptId);
        if (!place.sessionId().equals(Optional.of(sessionId))) {
            throw audit.refused(
                    currentUser.require().username(), "attempt " + attemptId + " is not part of session " + sessionId);
        }
        Vignette vignette = place.vignette().vignette();
        LiveSession.SessionVignette sv = s.vignettes().stream()
                .filter(v -> v.vignetteId().equals(place.vignette().id()))
                .findFirst()
                .orElseThrow();
        if (s.lockStep() && aheadOfRoom(s, sv, indexOf(vignette, vignette.segment(judgment.segmentId())))) {
            throw new SessionException(
                    "The room has not reached this segment yet; wait for your supervisor to move on.");
        }
        AnsweredSegment answered = attempts.submit(attemptId, judgment);
        events.publish(sessionId, SessionEvents.Kind.ANSWER, s.version());
        return new SessionAnswer(
                answered,
                feedbackVisible(s, place.vignette().id(), answered.segment().id()),
                s.mode());
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

    private static int indexOf(Vignette vignette, Optional<Segment> segment) {
        return segment.map(x -> vignette.indexOf(x.id())).orElse(-1);
    }

    private LiveSession joined(long sessionId) {
        UserSummary me = currentUser.require();
        return store.find(sessionId)
                .filter(s -> store.hasJoined(sessionId, me.id()))
                .orElseThrow(() -> audit.refused(
                        me.username(),
                        me.username() + " (account " + me.id() + ") is not a member of session " + sessionId));
    }
}
