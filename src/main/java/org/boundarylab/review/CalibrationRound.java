package org.boundarylab.review;

import java.time.Instant;
import java.util.List;

/**
 * A calibration round: its name, where the sample came from (in words), the seed that drew it, who
 * started it, and the invited raters with how many of the items each has read so far.
 */
public record CalibrationRound(
        long id,
        String name,
        String source,
        long seed,
        boolean open,
        long startedBy,
        String startedByName,
        Instant createdAt,
        Instant closedAt,
        int items,
        List<Rater> raters) {

    public CalibrationRound {
        raters = List.copyOf(raters);
    }

    /** An invited supervisor and how many items they have read. */
    public record Rater(long id, String name, int read) {}

    public boolean invited(long userId) {
        return raters.stream().anyMatch(r -> r.id() == userId);
    }
}
