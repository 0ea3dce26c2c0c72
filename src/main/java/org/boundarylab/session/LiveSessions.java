package org.boundarylab.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.session.RoomAttempts.AttemptProgress;
import org.boundarylab.session.RoomAttempts.JudgedSegment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VersionedVignette;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a supervisor does with a live session: create it, pause, close and reopen it, reveal the
 * focused segment, move the room on, and read the dashboard. A supervisor runs only their own
 * sessions; an admin may run any.
 */
@Service
@PreAuthorize(Role.STAFF)
public class LiveSessions {

    public static final int MAX_NAME = 120;
    /** Reasonings the projector shows at once: more would not be readable from the back of a room. */
    public static final int MAX_PICKS = 3;

    private final LiveSessionStore store;
    private final VignetteCatalog catalog;
    private final RoomAttempts attempts;
    private final SessionEvents events;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    LiveSessions(
            LiveSessionStore store,
            VignetteCatalog catalog,
            RoomAttempts attempts,
            SessionEvents events,
            CurrentUser currentUser,
            AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.catalog = catalog;
        this.attempts = attempts;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Creates an open session with a fresh join code. Each vignette is pinned to its newest revision.
     * With {@code openToAnyone} false only the picked trainees may join.
     */
    @Transactional
    public LiveSession create(
            String name, List<String> vignetteIds, FeedbackMode mode, boolean openToAnyone, Set<Long> cohort) {
        UserSummary me = currentUser.require();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new SessionException("Name: give the session a name of at most " + MAX_NAME + " characters.");
        }
        if (org.boundarylab.protection.PlainText.hiddenInName(cleanName).isPresent()) {
            // a direction override would show the name reversed on every trainee's screen
            throw new SessionException(
                    "Name: use letters, digits, spaces and punctuation only (no control or direction characters).");
        }
        if (vignetteIds.isEmpty()) {
            throw new SessionException("Cases: pick at least one case for the session.");
        }
        if (mode == null) {
            throw new SessionException("Feedback: choose when trainees see feedback.");
        }
        if (!openToAnyone && cohort.isEmpty()) {
            throw new SessionException("Cohort: pick the trainees, or let anyone with the code join.");
        }
        List<LiveSession.SessionVignette> pinned = new ArrayList<>();
        for (String id : vignetteIds) {
            VersionedVignette v = catalog.openForAttempts(id)
                    .orElseThrow(() -> new SessionException("Cases: there is no open case called '" + id + "'."));
            pinned.add(new LiveSession.SessionVignette(pinned.size(), v.id(), v.version()));
        }
        long id = store.insert(cleanName, freshCode(), me.id(), mode, openToAnyone, pinned);
        cohort.forEach(trainee -> store.invite(id, trainee));
        audit.record(
                me.username(),
                "SESSION_OPENED",
                "session " + id + " '" + cleanName + "' with " + pinned.size() + " case(s), "
                        + (openToAnyone ? "open to anyone with the code" : cohort.size() + " invited trainee(s)"));
        return store.find(id).orElseThrow();
    }

    /** The caller's sessions, newest first (an admin sees everyone's). */
    @Transactional(readOnly = true)
    public List<LiveSession> mine() {
        UserSummary me = currentUser.require();
        return store.bySupervisor(me.role() == Role.ADMIN ? null : me.id());
    }

    @Transactional(readOnly = true)
    public LiveSession get(long sessionId) {
        return owned(sessionId);
    }

    @Transactional
    public LiveSession pause(long sessionId) {
        return changeState(sessionId, SessionState.PAUSED);
    }

    @Transactional
    public LiveSession resume(long sessionId) {
        return changeState(sessionId, SessionState.OPEN);
    }

    /** Ends the session: no more answers, and the join code expires. */
    @Transactional
    public LiveSession close(long sessionId) {
        return changeState(sessionId, SessionState.CLOSED);
    }

    /** Opens a closed session again, under a new join code. */
    @Transactional
    public LiveSession reopen(long sessionId) {
        return changeState(sessionId, SessionState.OPEN);
    }

    /** Shows the focused segment's key and explanation to the room (and its feedback to trainees in reveal mode). */
    @Transactional
    public LiveSession reveal(long sessionId) {
        LiveSession s = owned(sessionId);
        Vignette v = vignette(s.focusedVignette());
        store.reveal(sessionId, v.id(), v.segments().get(s.focusSegment()).id());
        long version = store.bump(sessionId);
        audit.record(
                currentUser.require().username(),
                "SESSION_REVEALED",
                "session " + sessionId + ": the key of " + v.id() + " segment "
                        + v.segments().get(s.focusSegment()).id());
        events.publish(sessionId, SessionEvents.Kind.REVEALED, version);
        return store.find(sessionId).orElseThrow();
    }

    /** Moves the room to the next segment (or the next case's first). */
    @Transactional
    public LiveSession next(long sessionId) {
        LiveSession s = owned(sessionId);
        int segments = vignette(s.focusedVignette()).segments().size();
        long version;
        if (s.focusSegment() + 1 < segments) {
            version = store.setFocus(sessionId, s.focusVignette(), s.focusSegment() + 1);
        } else if (s.focusVignette() + 1 < s.vignettes().size()) {
            version = store.setFocus(sessionId, s.focusVignette() + 1, 0);
        } else {
            throw new SessionException("The room is on the last segment of the last case.");
        }
        events.publish(sessionId, SessionEvents.Kind.MOVED, version);
        return store.find(sessionId).orElseThrow();
    }

    @Transactional
    public LiveSession previous(long sessionId) {
        LiveSession s = owned(sessionId);
        long version;
        if (s.focusSegment() > 0) {
            version = store.setFocus(sessionId, s.focusVignette(), s.focusSegment() - 1);
        } else if (s.focusVignette() > 0) {
            int last = vignette(s.vignettes().get(s.focusVignette() - 1))
                            .segments()
                            .size()
                    - 1;
            version = store.setFocus(sessionId, s.focusVignette() - 1, last);
        } else {
            throw new SessionException("The room is on the first segment.");
        }
        events.publish(sessionId, SessionEvents.Kind.MOVED, version);
        return store.find(sessionId).orElseThrow();
    }

    /**
     * Shows one of the room's reasonings on the focused segment to the room (the projector shows it
     * without a name), or takes it off again. Only after the reveal, so no one's words lead the room
     * before it has judged; at most {@link #MAX_PICKS} at a time, so the projector stays readable.
     */
    @Transactional
    public LiveSession discuss(long sessionId, long judgmentId, boolean show) {
        LiveSession s = owned(sessionId);
        Vignette v = vignette(s.focusedVignette());
        String segmentId = v.segments().get(s.focusSegment()).id();
        if (!store.revealed(sessionId, v.id()).contains(segmentId)) {
            throw new SessionException("Reveal the key first: reasonings are shown to the room after the reveal.");
        }
        if (attempts.reasonings(sessionId, v.id(), segmentId).stream().noneMatch(r -> r.judgmentId() == judgmentId)) {
            throw new SessionException("That reasoning is not one of this segment's; the room may have moved on.");
        }
        boolean changed;
        if (show) {
            if (store.picks(sessionId, v.id(), segmentId).size() >= MAX_PICKS) {
                throw new SessionException("The projector shows at most " + MAX_PICKS
                        + " reasonings at a time: take one off to show another.");
            }
            changed = store.pick(sessionId, judgmentId, v.id(), segmentId);
        } else {
            changed = store.unpick(sessionId, judgmentId);
        }
        if (changed) {
            long version = store.bump(sessionId);
            audit.record(
                    currentUser.require().username(),
                    show ? "SESSION_REASONING_SHOWN" : "SESSION_REASONING_HIDDEN",
                    "session " + sessionId + ": judgment " + judgmentId + " on " + v.id() + " segment " + segmentId
                            + (show ? " shown to the room without a name" : " taken off the projector"));
            events.publish(sessionId, SessionEvents.Kind.DISCUSSION, version);
        }
        return store.find(sessionId).orElseThrow();
    }

    /** The live picture: counts straight from the stored judgments. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(long sessionId) {
        LiveSession s = owned(sessionId);
        Vignette focused = vignette(s.focusedVignette());
        Segment focus = focused.segments().get(s.focusSegment());
        Map<String, Vignette> vignettes = new HashMap<>();
        s.vignettes().forEach(sv -> vignettes.put(sv.vignetteId(), vignette(sv)));
        List<AttemptProgress> progress = attempts.inSession(sessionId);
        Map<Long, Map<String, AttemptProgress>> byTrainee = new HashMap<>();
        progress.forEach(p ->
                byTrainee.computeIfAbsent(p.traineeId(), t -> new HashMap<>()).put(p.vignetteId(), p));
        Map<Characteristic, Integer> marked = new EnumMap<>(Characteristic.class);
        int none = 0;
        int answered = 0;
        for (AttemptProgress p : progress) {
            JudgedSegment j = p.vignetteId().equals(focused.id()) ? p.judged().get(focus.id()) : null;
            if (j != null) {
                answered++;
                if (j.marked().isEmpty()) {
                    none++;
                }
                j.marked().forEach(c -> marked.merge(c, 1, Integer::sum));
            }
        }
        List<Dashboard.TraineeRow> rows = new ArrayList<>();
        int joined = 0;
        for (LiveSessionStore.Member m : store.members(sessionId)) {
            boolean hasJoined = m.joinedAt() != null;
            joined += hasJoined ? 1 : 0;
            Map<String, AttemptProgress> mine = byTrainee.getOrDefault(m.traineeId(), Map.of());
            AttemptProgress onFocus = mine.get(focused.id());
            rows.add(new Dashboard.TraineeRow(
                    m.traineeId(),
                    m.displayName(),
                    hasJoined,
                    hasJoined ? position(s, mine, vignettes) : "Not joined yet",
                    onFocus != null && onFocus.judged().containsKey(focus.id())));
        }
        boolean revealed = store.revealed(sessionId, focused.id()).contains(focus.id());
        List<Dashboard.Reasoning> reasonings = List.of();
        if (revealed) {
            List<Long> picks = store.picks(sessionId, focused.id(), focus.id());
            reasonings = attempts.reasonings(sessionId, focused.id(), focus.id()).stream()
                    .map(r -> new Dashboard.Reasoning(
                            r.judgmentId(), r.marked(), r.confidence(), r.rationale(), picks.indexOf(r.judgmentId())))
                    .sorted(Comparator.comparingLong(r -> scramble(sessionId, r.judgmentId())))
                    .toList();
        }
        return new Dashboard(
                s,
                focused.title(),
                focus,
                focused.segments().size(),
                revealed,
                new RoomDistribution(answered, joined, marked, none),
                rows,
                reasonings);
    }

    /**
     * Where a trainee is, in words that fit the dashboard's column: "Segment 2 of 5", "Answered
     * segment 1 of 5" (in reveal mode, waiting for the room), "Knowledge check", "Finished". With
     * more than one case the case comes first: "Case 2 · segment 3 of 6".
     */
    static String position(LiveSession s, Map<String, AttemptProgress> mine, Map<String, Vignette> vignettes) {
        for (LiveSession.SessionVignette sv : s.vignettes()) {
            AttemptProgress p = mine.get(sv.vignetteId());
            if (p != null && p.completed()) {
                continue;
            }
            String casePrefix = s.vignettes().size() > 1 ? "Case " + (sv.position() + 1) + " · " : "";
            if (s.lockStep() && sv.position() > s.focusVignette()) {
                return capitalise(casePrefix + "waiting for the room");
            }
            int segments = vignettes.get(sv.vignetteId()).segments().size();
            int done = p == null ? 0 : p.judged().size();
            if (done >= segments) {
                return capitalise(casePrefix + "knowledge check");
            }
            if (s.lockStep() && sv.position() == s.focusVignette() && done > s.focusSegment()) {
                return capitalise(casePrefix + "answered segment " + done + " of " + segments);
            }
            return capitalise(casePrefix + "segment " + (done + 1) + " of " + segments);
        }
        return "Finished";
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A fixed order that follows neither names nor the order of answering. */
    private static long scramble(long sessionId, long judgmentId) {
        long x = judgmentId * 0x9E3779B97F4A7C15L ^ sessionId * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 31;
        return x * 0xBF58476D1CE4E5B9L;
    }

    private LiveSession changeState(long sessionId, SessionState to) {
        LiveSession s = owned(sessionId);
        String code = to == SessionState.CLOSED ? null : s.state() == SessionState.CLOSED ? freshCode() : s.joinCode();
        long version = store.setState(sessionId, to, code);
        String action = to == SessionState.CLOSED
                ? "SESSION_CLOSED"
                : s.state() == SessionState.CLOSED
                        ? "SESSION_REOPENED"
                        : to == SessionState.PAUSED ? "SESSION_PAUSED" : "SESSION_RESUMED";
        audit.record(currentUser.require().username(), action, "session " + sessionId + " '" + s.name() + "'");
        events.publish(sessionId, SessionEvents.Kind.STATE, version);
        return store.find(sessionId).orElseThrow();
    }

    private String freshCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (store.codeInUse(code));
        return code;
    }

    private Vignette vignette(LiveSession.SessionVignette sv) {
        return catalog.revision(sv.vignetteId(), sv.version()).orElseThrow().vignette();
    }

    /** The session, if the caller runs it (or is an admin); the same answer for "missing" and "not yours". */
    private LiveSession owned(long sessionId) {
        UserSummary me = currentUser.require();
        return store.find(sessionId)
                .filter(s -> s.supervisorId() == me.id() || me.role() == Role.ADMIN)
                .orElseThrow(() -> audit.refused(
                        me.username(),
                        me.username() + " (account " + me.id() + ") asked for session " + sessionId
                                + ", which is not theirs"));
    }
}
