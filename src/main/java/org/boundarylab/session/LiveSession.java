package org.boundarylab.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A supervisor-run session: its cohort works through the vignettes in order. The focus is where
 * the room is (vignette position, segment index): what the dashboard counts and what a reveal shows.
 * The version counts every change to the room (state, focus, reveal, discussion); events carry it.
 */
public record LiveSession(
        long id,
        String name,
        String joinCode,
        long supervisorId,
        FeedbackMode mode,
        boolean openToAnyone,
        SessionState state,
        int focusVignette,
        int focusSegment,
        Instant createdAt,
        Instant closedAt,
        List<SessionVignette> vignettes,
        long version) {

    public LiveSession {
        vignettes = List.copyOf(vignettes);
    }

    /** One vignette of the session, pinned to the revision current when the session was created. */
    public record SessionVignette(int position, String vignetteId, int version) {}

    public Optional<String> code() {
        return Optional.ofNullable(joinCode);
    }

    public SessionVignette focusedVignette() {
        return vignettes.get(focusVignette);
    }

    /** Whether the room moves together (supervisor-reveal mode) rather than each trainee at their own pace. */
    public boolean lockStep() {
        return mode == FeedbackMode.SUPERVISOR_REVEAL;
    }

    /** The case's position in the session (0-based), or -1 when the session does not have it. */
    public int positionOf(String vignetteId) {
        return vignettes.stream()
                .filter(v -> v.vignetteId().equals(vignetteId))
                .mapToInt(SessionVignette::position)
                .findFirst()
                .orElse(-1);
    }
}
