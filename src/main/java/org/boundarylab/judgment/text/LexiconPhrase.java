package org.boundarylab.judgment.text;

import java.util.List;
import org.boundarylab.vignette.Characteristic;

/** One lexicon entry: the phrase as written in the lexicon, and its stems in order. */
public record LexiconPhrase(Characteristic characteristic, String phrase, List<String> stems) {

    public LexiconPhrase {
        stems = List.copyOf(stems);
    }
}
