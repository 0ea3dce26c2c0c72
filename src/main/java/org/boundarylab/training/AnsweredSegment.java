package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Segment;

/**
 * A segment the trainee has judged: the segment, what they said, the stored assessment, a
 * supervisor's override of its points and a supervisor's correction of how its reasoning was read,
 * if there are any.
 */
public record AnsweredSegment(
        Segment segment,
        Judgment judgment,
        Assessment assessment,
        Double overrideScore,
        Optional<CorrectedReading> correction) {

    public AnsweredSegment(Segment segment, Judgment judgment, Assessment assessment) {
        this(segment, judgment, assessment, null, Optional.empty());
    }

    /** What the segment counts for in the total: a supervisor's override, else the rule base's score. */
    public double points() {
        return overrideScore != null ? overrideScore : assessment.score();
    }

    public boolean overridden() {
        return overrideScore != null;
    }

    /** The feedback to show: given again for the corrected reading where a supervisor corrected it. */
    public List<FeedbackItem> feedback() {
        return correction.map(c -> c.assessment().feedback()).orElse(assessment.feedback());
    }
}
