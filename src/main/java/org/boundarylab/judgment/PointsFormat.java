package org.boundarylab.judgment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How points read everywhere (every screen, the PDFs, the CSV and the rules' own messages): whole
 * numbers without decimals ("3", "-6"), others to two places ("0.75", "-1.50"), a point being a
 * decimal dot whatever the locale. The one place that formats points; other report figures (ratios,
 * kappa, percentages) are {@code report.Figures}'.
 */
public final class PointsFormat {

    private PointsFormat() {}

    /** "3", "0.75", "-1.50"; "n/a" for a value that is not a number. */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        // BigDecimal rather than String.format, which parses its format every time (the rules call this)
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Signed, for what a judgment earned: "+2", "0", "-1.50". */
    public static String signed(double value) {
        return (value > 0 ? "+" : "") + of(value);
    }

    /** With the unit: "3 points", "1 point", "0.75 points". */
    public static String withUnit(double value) {
        return of(value) + unit(value);
    }

    /** Signed, with the unit: "+2 points", "+1 point", "-1.50 points". */
    public static String label(double value) {
        return signed(value) + unit(value);
    }

    private static String unit(double value) {
        return Math.abs(value) == 1.0 ? " point" : " points";
    }

    /** A score against its maximum: "2.75 of 6". */
    public static String outOf(double score, double maxScore) {
        return of(score) + " of " + of(maxScore);
    }
}
