package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/**
 * One characteristic in one segment: what the expert key says, what the trainee marked, and what
 * the trainee's rationale says of it.
 *
 * @param present     the expert key lists it
 * @param marked      the trainee ticked it
 * @param cue         the expert's first cue phrase for it ("" if none)
 * @param describedBy the rationale's words that describe it, "; "-joined ("" if none)
 * @param hintedBy    the rationale's words that describe it unless the moment is called open or
 *                    ordinary ("a home visit"), "; "-joined ("" if none)
 * @param deniedBy    the rationale's words that describe it under a negation ("there was no
 *                    secrecy"), "; "-joined ("" if none)
 * @param ordinaryBy  the rationale's words calling the moment open or ordinary ("documented", "with a
 *                    nurse present"), "; "-joined ("" if none); the same for all four characteristics
 * @param markedWords what the trainee marked, in words, for "Why?" (as {@link SegmentJudgment#marked()};
 *                    here too, so a rule on one characteristic needs no join to say it)
 * @param keyWords    what the key lists, in words, for "Why?" (as {@link SegmentJudgment#key()})
 */
public record CharacteristicJudgment(
        Characteristic characteristic,
        boolean present,
        boolean marked,
        String cue,
        String describedBy,
        String hintedBy,
        String deniedBy,
        String ordinaryBy,
        int modelPercent,
        String modelWords,
        String markedWords,
        String keyWords) {}
