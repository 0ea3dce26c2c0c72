package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/**
 * A highlight that shares content words with a cue of a characteristic in the key: one fact per
 * such pair, none for a pair that shares nothing. Java measures (words, occurrences, counts: see
 * {@link org.boundarylab.vignette.PhraseLocator}); whether the highlight is <em>on</em> the cue is
 * for the rules to say (rules/evidence.drl).
 *
 * @param highlight      the highlighted phrase as the trainee gave it
 * @param characteristic the characteristic the cue shows
 * @param cue            the expert's cue phrase
 * @param cueNumber      the cue's place among the cues of the key (characteristics in their order,
 *                       then cues as listed), from 0
 * @param highlightWords |H|: the highlight's content words
 * @param cueWords       |C|: the cue's content words
 * @param sharedWords    |O| = |H ∩ C|, the content words an occurrence of the highlight shares with an
 *                       occurrence of the cue, at its largest over their occurrences (at least 1)
 */
public record CueOverlap(
        String highlight,
        Characteristic characteristic,
        String cue,
        int cueNumber,
        int highlightWords,
        int cueWords,
        int sharedWords) {}
