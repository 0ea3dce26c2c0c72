package org.boundarylab.report.ui;

import java.util.Locale;

/** Numbers as reports show them: two decimals, "n/a" where a figure is not defined. */
final class Figures {

    private Figures() {
    }

    static String of(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : Math.round(v * 100) + " %";
    }

    static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
