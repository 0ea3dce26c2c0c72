package org.boundarylab.report;

import java.util.Locale;

/**
 * Statistics as reports show them, on screen and in PDFs: two decimals, "n/a" where a figure is not
 * defined. Points are formatted by {@link org.boundarylab.judgment.PointsFormat}.
 */
public final class Figures {

    private Figures() {}

    public static String of(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Below this many attempts, reliability, discrimination and kappa move with every new attempt. */
    public static final int FEW = 10;

    /** A figure computed on {@code attempts} attempts, marked when they are too few to lean on. */
    public static String onFew(String figure, int attempts) {
        return attempts < FEW && !figure.equals("n/a") ? figure + " (few attempts)" : figure;
    }

    /** "1 attempt", "3 attempts". */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : Math.round(v * 100) + " %";
    }
}
