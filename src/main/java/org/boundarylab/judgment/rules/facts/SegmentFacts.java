package org.boundarylab.judgment.rules.facts;

/** Facts of the segment as a whole: does it show no violation (normal imbalance or benign crossing)? */
public record SegmentFacts(String segmentId, boolean noViolation) {
}
