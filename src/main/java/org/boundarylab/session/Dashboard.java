package org.boundarylab.session;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;

/**
 * A live session at one moment, read from the database: where the room is (the focused segment),
 * how it judged that segment, where each trainee is, and after the reveal the room's reasonings for
 * the discussion. The projector shows the same without names. {@link #version()} is the session's
 * version when it was read: a screen never replaces a newer picture with an older one.
 */
public record Dashboard(
        LiveSession session,
        String vignetteTitle,
        Segment focus,
        int segmentCount,
        boolean revealed,
        RoomDistribution distribution,
        List<TraineeRow> trainees,
        List<Reasoning> reasonings) {

    public Dashboard {
        trainees = List.copyOf(trainees);
        reasonings = List.copyOf(reasonings);
    }

    /** One trainee of the cohort. {@code position} is in words: "Segment 3 of 6", "Finished", "Not joined yet". */
    public record TraineeRow(long traineeId, String name, boolean joined, String position, boolean answeredFocus) {}

    /**
     * A reasoning on the focused segment, with no name: what was marked, how sure, the words, and
     * its place on the projector ({@code shownAs} 0, 1, ... in the order picked; -1 when not shown).
     */
    public record Reasoning(
            long judgmentId, Set<Characteristic> marked, Integer confidence, String rationale, int shownAs) {

        public boolean shown() {
            return shownAs >= 0;
        }
    }

    public long version() {
        return session.version();
    }

    /** The reasonings on the projector, in the order picked. */
    public List<Reasoning> shown() {
        return reasonings.stream()
                .filter(Reasoning::shown)
                .sorted(Comparator.comparingInt(Reasoning::shownAs))
                .toList();
    }

    public String whereTheRoomIs() {
        return "Case " + (session.focusVignette() + 1) + " of "
                + session.vignettes().size() + " · segment " + (session.focusSegment() + 1) + " of " + segmentCount;
    }

    public boolean atFirstSegment() {
        return session.focusVignette() == 0 && session.focusSegment() == 0;
    }

    public boolean atLastSegment() {
        return session.focusVignette() == session.vignettes().size() - 1 && session.focusSegment() == segmentCount - 1;
    }
}
