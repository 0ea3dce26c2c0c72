package org.boundarylab.judgment.text;

import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * One lexicon entry: the phrase as written, and for each of its positions the stems that may stand
 * there (one stem for a plain word, a whole group for {@code @group}) and how many other words may
 * come before it ({@code gaps}: 0 for adjacent words, more after "..."). An exclusion
 * ({@code !phrase}) cancels the characteristic's matches it overlaps ("hiding behind his expertise"
 * is not secrecy). A distractor (a concept that is not one of the four) has no characteristic.
 */
public record LexiconPhrase(Characteristic characteristic, String phrase, List<Set<String>> positions,
        List<Integer> gaps, boolean exclusion) {

    public LexiconPhrase {
        positions = positions.stream().map(Set::copyOf).toList();
        gaps = List.copyOf(gaps);
        if (gaps.size() != positions.size()) {
            throw new IllegalArgumentException("one gap per position");
        }
    }

    /** True when a position can be a negation word, as in "could not refuse": such words do not negate it. */
    public boolean containsNegator(Set<String> negators) {
        return positions.stream().flatMap(Set::stream).anyMatch(s -> negators.contains(s) || s.endsWith("n't"));
    }
}
