/**
 * The facts the rule base reads, and what its rules record: small immutable records, never JPA
 * entities. Inputs for a segment: one {@link SegmentJudgment}, a {@link CharacteristicJudgment} per
 * characteristic, and for its highlights a {@link CueOverlap} per highlight and cue of the key that
 * share content words, or a {@link StrayHighlight} for a highlight that shares none. For a
 * recall-question answer: a {@link RecallItem} per characteristic and a {@link Distractor} per concept
 * named that is not one of the four. No rule inserts a fact: what the
 * rules decide goes to the session's {@link org.boundarylab.judgment.rules.Findings}, the
 * {@link Points} under the scoring rule that gave them and each {@link Feedback} item naming its rule
 * and the facts it used.
 */
package org.boundarylab.judgment.rules.facts;
