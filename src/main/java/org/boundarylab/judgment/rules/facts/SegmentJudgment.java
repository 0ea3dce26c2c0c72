package org.boundarylab.judgment.rules.facts;

/**
 * One judgment of a segment as a whole.
 *
 * @param noViolation the segment's key lists nothing (normal imbalance or a harmless crossing)
 * @param certainty   the trainee's certainty 1..3, or 0 when not given
 * @param highlights  how many (non-blank) phrases the trainee highlighted; each is also a
 *                    {@link CueOverlap} per cue of the key it shares content words with, or else a
 *                    {@link StrayHighlight}
 */
public record SegmentJudgment(String segmentId, boolean noViolation, int certainty, int highlights) {
}
