package org.boundarylab.judgment.rules.facts;

import java.util.Collection;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;

/** Derived: the rationale says this characteristic is absent ("nothing was hidden"). */
public record RationaleDenial(Characteristic characteristic, String words) {

    /** One fact per characteristic, however many phrases matched: their words joined by "; ". */
    public static RationaleDenial of(Characteristic characteristic, Collection<?> words) {
        return new RationaleDenial(characteristic, words.stream().map(String::valueOf).sorted().collect(Collectors.joining("; ")));
    }
}
