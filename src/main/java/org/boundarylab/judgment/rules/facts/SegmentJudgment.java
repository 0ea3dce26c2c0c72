package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Control;

/**
 * One judgment of a segment as a whole.
 *
 * @param noViolation    the segment's key lists nothing (normal imbalance or a harmless crossing)
 * @param certainty      the trainee's certainty 1..3, or 0 when not given
 * @param highlights     how many (non-blank) phrases the trainee highlighted; each is also a
 *                       {@link CueOverlap} per cue of the key it shares content words with, or else a
 *                       {@link StrayHighlight}
 * @param control        what a segment without a violation shows: {@link Control#CROSSING} (a harmless
 *                       boundary crossing) or {@link Control#NORMAL_IMBALANCE}; null when the segment
 *                       has a violation or does not say
 * @param rationaleWords how many words the trainee's reasoning has (0: none given)
 * @param marked         what the trainee marked, in words ("secrecy, double bind", or "none of these")
 * @param key            what the expert key lists, in words ("secrecy", or "none of the four: " and what
 *                       the segment shows instead)
 * @param highlighted    the phrases the trainee highlighted, "; "-joined ("" if none)
 * @param cues           the expert's first cue of each characteristic in the key, "; "-joined ("" if none)
 */
public record SegmentJudgment(
        String segmentId,
        boolean noViolation,
        int certainty,
        int highlights,
        Control control,
        int rationaleWords,
        String marked,
        String key,
        String highlighted,
        String cues) {}
