package org.boundarylab.report;

import org.boundarylab.judgment.OutcomeKind;

/**
 * Hits, misses, false alarms and correct rejections against the expert key, with the measures
 * drawn from them (docs/reports.md). A measure with a zero denominator is NaN: "not defined", not 0.
 */
public record SignalCounts(int hits, int misses, int falseAlarms, int correctRejections) {

    public static final SignalCounts NONE = new SignalCounts(0, 0, 0, 0);

    public SignalCounts plus(OutcomeKind outcome) {
        return switch (outcome) {
            case HIT -> new SignalCounts(hits + 1, misses, falseAlarms, correctRejections);
            case MISS -> new SignalCounts(hits, misses + 1, falseAlarms, correctRejections);
            case FALSE_ALARM -> new SignalCounts(hits, misses, falseAlarms + 1, correctRejections);
            case CORRECT_REJECTION -> new SignalCounts(hits, misses, falseAlarms, correctRejections + 1);
        };
    }

    public SignalCounts plus(SignalCounts o) {
        return new SignalCounts(
                hits + o.hits, misses + o.misses, falseAlarms + o.falseAlarms, correctRejections + o.correctRejections);
    }

    public int total() {
        return hits + misses + falseAlarms + correctRejections;
    }

    /** H / (H + M): of the times it was there, how often it was marked. */
    public double sensitivity() {
        return ratio(hits, hits + misses);
    }

    /** CR / (CR + FA): of the times it was not there, how often it was left unmarked. */
    public double specificity() {
        return ratio(correctRejections, correctRejections + falseAlarms);
    }

    /** Cohen's kappa of the trainee's marks against the key: agreement beyond what chance would give. */
    public double kappa() {
        double n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double observed = (hits + correctRejections) / n;
        double expected = ((double) (hits + falseAlarms) * (hits + misses)
                        + (double) (misses + correctRejections) * (falseAlarms + correctRejections))
                / (n * n);
        return expected == 1.0 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
