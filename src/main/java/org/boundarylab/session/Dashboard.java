package org.boundarylab.session;

import java.util.List;
import org.boundarylab.vignette.Segment;

/**
 * A live session at one moment, read from the database: where the room is (the focused segment),
 * how it judged that segment, and where each trainee is. The projector shows the same without names.
 */
public record Dashboard(LiveSession session, String vignetteTitle, Segment focus, int segmentCount, boolean revealed,
        RoomDistribution distribution, List<TraineeRow> trainees) {

    /** One trainee of the cohort. {@code position} is in words: "Mary: segment 3 of 6", "finished", "not joined". */
    public record TraineeRow(long traineeId, String name, boolean joined, String position, boolean answeredFocus) {
    }

    public String whereTheRoomIs() {
        return "Case " + (session.focusVignette() + 1) + " of " + session.vignettes().size() + " · segment "
                + (session.focusSegment() + 1) + " of " + segmentCount;
    }

    public boolean atFirstSegment() {
        return session.focusVignette() == 0 && session.focusSegment() == 0;
    }

    public boolean atLastSegment() {
        return session.focusVignette() == session.vignettes().size() - 1 && session.focusSegment() == segmentCount - 1;
    }
}
