package org.boundarylab.report;

import java.util.Locale;

/** Numbers as reports show them, on screen and in PDFs: two decimals, "n/a" where a figure is not defined. */
public final class Figures {

    private Figures() {
    }

    public static String of(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    public static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : Math.round(v * 100) + " %";
    }

    public static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
