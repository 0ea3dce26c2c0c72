package org.boundarylab.review;

/**
 * Agreement beyond chance on a yes/no question (does the reasoning describe this characteristic? was
 * the feedback fair?), with the formulas of docs/reports.md. A kappa whose chance agreement is 1
 * (everyone said the same thing every time) or that has no items is not defined: NaN.
 */
final class Kappa {

    private Kappa() {}

    /**
     * Fleiss' kappa: N items, each read by the same {@code raters} (at least two), {@code yes[i]} of
     * whom said yes to item i. P_i = (yes² + no² - n) / (n (n - 1)); P̄ = mean P_i; p_yes = Σ yes /
     * (N n); P̄_e = p_yes² + p_no²; kappa = (P̄ - P̄_e) / (1 - P̄_e).
     */
    static double fleiss(int[] yes, int raters) {
        if (yes.length == 0 || raters < 2) {
            return Double.NaN;
        }
        double meanAgreement = 0;
        long yesTotal = 0;
        for (int y : yes) {
            meanAgreement += itemAgreement(y, raters);
            yesTotal += y;
        }
        meanAgreement /= yes.length;
        double pYes = (double) yesTotal / ((long) yes.length * raters);
        double chance = pYes * pYes + (1 - pYes) * (1 - pYes);
        return chance == 1 ? Double.NaN : (meanAgreement - chance) / (1 - chance);
    }

    /** P_i: the share of the pairs of an item's raters who agree, {@code yes} of {@code raters} saying yes. */
    static double itemAgreement(int yes, int raters) {
        int no = raters - yes;
        return (double) (yes * yes + no * no - raters) / (raters * (raters - 1));
    }

    /**
     * Cohen's kappa of two readers of the same items: p_o = (both yes + both no) / N, p_e = (yes_1 yes_2
     * + no_1 no_2) / N², kappa = (p_o - p_e) / (1 - p_e).
     */
    static double cohen(boolean[] first, boolean[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both readers must read the same items");
        }
        int n = first.length;
        if (n == 0) {
            return Double.NaN;
        }
        int agree = 0;
        int yesFirst = 0;
        int yesSecond = 0;
        for (int i = 0; i < n; i++) {
            agree += first[i] == second[i] ? 1 : 0;
            yesFirst += first[i] ? 1 : 0;
            yesSecond += second[i] ? 1 : 0;
        }
        double observed = (double) agree / n;
        double chance = ((double) yesFirst * yesSecond + (double) (n - yesFirst) * (n - yesSecond)) / ((double) n * n);
        return chance == 1 ? Double.NaN : (observed - chance) / (1 - chance);
    }
}
