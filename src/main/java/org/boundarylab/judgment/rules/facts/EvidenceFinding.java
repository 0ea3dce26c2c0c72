package org.boundarylab.judgment.rules.facts;

import java.util.Collection;
import java.util.stream.Collectors;
import org.boundarylab.judgment.EvidenceVerdict;

/** Derived: how the highlights relate to the cues, with the phrases that decided it ("" if none). */
public record EvidenceFinding(EvidenceVerdict verdict, String detail) {

    public static EvidenceFinding cited(Collection<?> highlights) {
        return new EvidenceFinding(EvidenceVerdict.CITED,
                highlights.stream().map(String::valueOf).sorted().collect(Collectors.joining("; ")));
    }
}
