package org.boundarylab.judgment.rules.facts;

/**
 * One judgment of a segment as a whole.
 *
 * @param noViolation      the segment's key lists nothing (normal imbalance or a harmless crossing)
 * @param certainty        the trainee's certainty 1..3, or 0 when not given
 * @param highlights       how many phrases the trainee highlighted
 * @param citedHighlights  the highlights sharing a word with a cue of a characteristic in the key,
 *                         "; "-joined ("" if none)
 */
public record SegmentJudgment(String segmentId, boolean noViolation, int certainty, int highlights,
        String citedHighlights) {
}
