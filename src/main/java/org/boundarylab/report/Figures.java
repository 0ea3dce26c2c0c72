package org.boundarylab.report;

import java.util.Locale;

/**
 * Statistics as reports show them, on screen and in PDFs: two decimals, "n/a" where a figure is not
 * defined. Points are formatted by {@link org.boundarylab.judgment.PointsFormat}.
 */
public final class Figures {

    private Figures() {
    }

    public static String of(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    public static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : Math.round(v * 100) + " %";
    }
}
