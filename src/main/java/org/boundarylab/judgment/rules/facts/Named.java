package org.boundarylab.judgment.rules.facts;

import java.util.Collection;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;

/** Derived: the knowledge-check answer names this characteristic, in these words. */
public record Named(Characteristic characteristic, String words) {

    public static Named of(Characteristic characteristic, Collection<?> words) {
        return new Named(characteristic, words.stream().map(String::valueOf).sorted().collect(Collectors.joining("; ")));
    }
}
