package org.boundarylab.judgment.text;

import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * One lexicon entry: the phrase as written, what kind of entry it is, and for each of its positions
 * the stems that may stand there (one stem for a plain word, a whole group for {@code @group}) and
 * how many other words may come before it ({@code gaps}: 0 for adjacent words, more after "...").
 * Cues, hints and exclusions belong to a characteristic; ordinary-talk phrases and distractors to none.
 */
public record LexiconPhrase(
        Characteristic characteristic, Kind kind, String phrase, List<Set<String>> positions, List<Integer> gaps) {

    /** What a match of the phrase says about the reasoning. */
    public enum Kind {
        /** Describes its characteristic. */
        CUE,
        /** Describes its characteristic unless the reasoning calls the moment open or ordinary ({@code ?phrase}). */
        HINT,
        /** Cancels the characteristic's cues and hints that it overlaps ({@code !phrase}). */
        EXCLUSION,
        /** Says the moment is open or ordinary ("documented", "with a nurse present"). */
        ORDINARY,
        /** A concept that is not one of the four (for the knowledge check). */
        DISTRACTOR
    }

    public LexiconPhrase {
        positions = positions.stream().map(Set::copyOf).toList();
        gaps = List.copyOf(gaps);
        if (gaps.size() != positions.size()) {
            throw new IllegalArgumentException("one gap per position");
        }
    }

    public boolean exclusion() {
        return kind == Kind.EXCLUSION;
    }

    /** True when a position can be a negation word, as in "could not refuse": such words do not negate it. */
    public boolean containsNegator(Set<String> negators) {
        return positions.stream().flatMap(Set::stream).anyMatch(s -> negators.contains(s) || s.endsWith("n't"));
    }
}
