package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Segment;

/**
 * A segment the trainee has judged: the segment, what they said, the stored assessment, and a
 * supervisor's correction of how its reasoning was read, if there is one.
 */
public record AnsweredSegment(Segment segment, Judgment judgment, Assessment assessment, Optional<CorrectedReading> correction) {

    public AnsweredSegment(Segment segment, Judgment judgment, Assessment assessment) {
        this(segment, judgment, assessment, Optional.empty());
    }

    /** The feedback to show: given again for the corrected reading where a supervisor corrected it. */
    public List<FeedbackItem> feedback() {
        return correction.map(c -> c.assessment().feedback()).orElse(assessment.feedback());
    }
}
