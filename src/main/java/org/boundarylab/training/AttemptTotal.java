package org.boundarylab.training;

import java.util.Collection;

/**
 * An attempt's total, the one every screen, export and the headless report shows: each segment's
 * points (a supervisor's override replacing the rule base's), plus the knowledge check's once
 * answered, rounded to hundredths once, at the end. Computed here and nowhere else.
 */
public record AttemptTotal(double score, double maxScore) {

    /** How a total comes about, in one line a trainee can follow. */
    public static final String HOW =
            "Each segment's points are the share of the four characteristics you judged right, "
                    + "applied to what your certainty put at stake (guessing +1 or 0, fairly sure +2 or -2, certain +3 or -6): "
                    + "3 of 4 right while fairly sure gives 0.75 x 2 + 0.25 x -2 = 1 point. A supervisor's change replaces a "
                    + "segment's points; the knowledge check adds a point for each characteristic it asks for.";

    /** One part of the total: a segment's points (after any override) or the knowledge check's. */
    public record Part(double score, double maxScore) {}

    public static AttemptTotal of(Collection<Part> parts) {
        double score = 0;
        double max = 0;
        for (Part p : parts) {
            score += p.score();
            max += p.maxScore();
        }
        return new AttemptTotal(Math.round(score * 100.0) / 100.0, Math.round(max * 100.0) / 100.0);
    }
}
