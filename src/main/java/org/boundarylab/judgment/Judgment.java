package org.boundarylab.judgment;

import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * What a trainee said about one segment. An empty {@code marked} set is the "none of these" answer.
 *
 * @param confidence certainty 1..3, or null when not given (then no certainty-based marking)
 */
public record Judgment(String segmentId, Set<Characteristic> marked, List<String> evidence, String rationale,
        Integer confidence) {

    public Judgment {
        marked = Set.copyOf(marked);
        evidence = List.copyOf(evidence);
        rationale = rationale == null ? "" : rationale;
        if (confidence != null && (confidence < 1 || confidence > 3)) {
            throw new IllegalArgumentException("confidence must be 1, 2 or 3");
        }
    }
}
