package org.boundarylab.training;

import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Segment;

/** A segment the trainee has judged: the segment, what they said, and the stored assessment. */
public record AnsweredSegment(Segment segment, Judgment judgment, Assessment assessment, Double overrideScore) {

    public AnsweredSegment(Segment segment, Judgment judgment, Assessment assessment) {
        this(segment, judgment, assessment, null);
    }

    /** What the segment counts for in the total: a supervisor's override, else the rule base's score. */
    public double points() {
        return overrideScore != null ? overrideScore : assessment.score();
    }

    public boolean overridden() {
        return overrideScore != null;
    }
}
