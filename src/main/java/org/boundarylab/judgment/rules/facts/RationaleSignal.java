package org.boundarylab.judgment.rules.facts;

import java.util.Collection;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;

/** Derived: the rationale describes this characteristic (a match not under negation). */
public record RationaleSignal(Characteristic characteristic, String words) {

    /** One fact per characteristic, however many phrases matched: their words joined by "; ". */
    public static RationaleSignal of(Characteristic characteristic, Collection<?> words) {
        return new RationaleSignal(characteristic, words.stream().map(String::valueOf).sorted().collect(Collectors.joining("; ")));
    }
}
