package org.boundarylab.training;

import java.util.Locale;

/** How points read everywhere: whole numbers without decimals, others to two places. */
public final class PointsFormat {

    private PointsFormat() {
    }

    public static String of(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
