package org.boundarylab.judgment;

import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * What a trainee said about one segment. An empty {@code marked} set is the "none of these" answer.
 *
 * @param confidence certainty 1..3, or null when not given (then no certainty-based marking)
 */
public record Judgment(
        String segmentId, Set<Characteristic> marked, List<String> evidence, String rationale, Integer confidence) {

    public Judgment {
        marked = Set.copyOf(marked);
        evidence = List.copyOf(evidence);
        rationale = rationale == null ? "" : rationale;
        if (confidence != null && (confidence < 1 || confidence > 3)) {
            throw new IllegalArgumentException("confidence must be 1, 2 or 3");
        }
    }

    /** The fewest words of reasoning the judgment screen accepts (the scorer takes any). */
    public static final int MIN_RATIONALE_WORDS = 3;

    /** How many words the rationale has: runs of letters and digits (a plain loop: the scorer counts every judgment's). */
    public int rationaleWords() {
        return wordCount(rationale);
    }

    /** Words in a text: runs of letters and digits, apostrophes inside a word included ("don't" is one). */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(ch) || inWord && (ch == '\'' || ch == '\u2019');
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
