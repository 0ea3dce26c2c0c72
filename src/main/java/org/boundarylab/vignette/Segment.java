package org.boundarylab.vignette;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One moment of a case: its text, the characteristics truly present (the expert key), the cue
 * phrases for each present characteristic (verbatim in the text) and the expert's explanation.
 * A segment with an empty key may say what it shows instead ({@code control}); null when unsaid.
 */
public record Segment(
        String id,
        String text,
        Set<Characteristic> key,
        Map<Characteristic, List<String>> cues,
        String explanation,
        Control control) {

    public Segment {
        key = Set.copyOf(key);
        cues = Map.copyOf(cues);
    }

    /** No violation here: at most the normal power imbalance or a harmless crossing. */
    public boolean showsNoViolation() {
        return key.isEmpty();
    }

    public Optional<Control> controlKind() {
        return Optional.ofNullable(control);
    }

    public List<String> allCues() {
        return cues.values().stream().flatMap(List::stream).toList();
    }
}
