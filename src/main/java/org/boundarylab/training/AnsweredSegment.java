package org.boundarylab.training;

import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Segment;

/** A segment the trainee has judged: the segment, what they said, and the stored assessment. */
public record AnsweredSegment(Segment segment, Judgment judgment, Assessment assessment) {
}
