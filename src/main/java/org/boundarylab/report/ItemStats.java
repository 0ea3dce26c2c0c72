package org.boundarylab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment as a test item: how many answered it, its facility (mean score / maximum) and its
 * discrimination (correlation of the item score with the rest of the trainee's score on that
 * vignette, as Moodle's quiz statistics define it), with flags for the author in words.
 */
public record ItemStats(
        String vignetteId, String segmentId, int n, double facility, double discrimination, ItemName name) {

    public static final double EASY = 0.9;
    public static final double HARD = 0.3;
    public static final double DISCRIMINATES = 0.25;

    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (facility > EASY) {
            flags.add("too easy");
        } else if (facility < HARD) {
            flags.add("too hard");
        }
        // on a handful of attempts a correlation says little either way
        if (discrimination < DISCRIMINATES && n >= Figures.FEW) {
            flags.add("does not discriminate");
        }
        return flags;
    }
}
