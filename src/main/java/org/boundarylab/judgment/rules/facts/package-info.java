/**
 * The facts the rule base reads and derives. Small immutable records; never JPA entities. Inputs:
 * {@link KeyFact}, {@link Marked}, {@link SegmentFacts}, {@link CertaintyFact}, {@link RationaleMatch},
 * {@link Highlight}, {@link HighlightOnCue}. Derived: {@link Outcome}, {@link Confusion},
 * {@link RationaleSignal}, {@link RationaleDenial}, {@link EvidenceFinding}, {@link Accuracy},
 * {@link Points}. Output: {@link Feedback}.
 */
package org.boundarylab.judgment.rules.facts;
