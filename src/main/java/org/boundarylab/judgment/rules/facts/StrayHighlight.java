package org.boundarylab.judgment.rules.facts;

/**
 * A highlight that shares no content word with any cue of a characteristic in the key (only where
 * the key is not empty: where it is, the segment's {@link SegmentJudgment} says all the rules need).
 *
 * @param highlight    the highlighted phrase as the trainee gave it
 * @param found        its words occur consecutively in the segment's words
 * @param contentWords how many of its words are content words (not function words such as "the")
 */
public record StrayHighlight(String highlight, boolean found, int contentWords) {}
