package org.boundarylab.judgment;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;

/**
 * A supervisor's correction of how the rule base read a stored judgment's reasoning: what the rule
 * base read, what the supervisor says the reasoning describes, their comment, and the judgment's
 * assessment given again for that reading. The stored original is never changed; screens that show
 * a judgment's feedback show this assessment's instead, with {@link #note()}.
 */
public record CorrectedReading(
        long judgmentId,
        Set<Characteristic> ruleReading,
        Set<Characteristic> reading,
        String comment,
        Instant correctedAt,
        Assessment assessment) {

    public CorrectedReading {
        ruleReading = sorted(ruleReading);
        reading = sorted(reading);
    }

    /** The line shown above the corrected feedback, to the trainee and to staff alike. */
    public String note() {
        return "A supervisor corrected the reading of this reasoning: it describes " + words(reading)
                + " (the rule base read "
                + words(ruleReading) + "). The feedback is given again for that reading."
                + (comment.isBlank() ? "" : " Their comment: \u201c" + comment + "\u201d");
    }

    /** Characteristics in words, in the order of the four: "double bind and secrecy", or "none of the four". */
    public static String words(Set<Characteristic> characteristics) {
        if (characteristics.isEmpty()) {
            return "none of the four";
        }
        String all = sorted(characteristics).stream()
                .map(c -> c.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " and " + all.substring(last + 2);
    }

    private static Set<Characteristic> sorted(Set<Characteristic> characteristics) {
        Set<Characteristic> copy = EnumSet.noneOf(Characteristic.class);
        copy.addAll(characteristics);
        return Collections.unmodifiableSet(copy);
    }
}
