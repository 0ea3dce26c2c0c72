package org.boundarylab.export;

import java.util.List;

/**
 * The grades Moodle accepts for an answer, in percent (question_bank's full list of fraction options);
 * an import that meets any other value skips the question. Written exactly as listed here.
 */
final class MoodleFractions {

    private MoodleFractions() {}

    static final List<String> ACCEPTED = List.of(
            "100",
            "90",
            "83.33333",
            "80",
            "75",
            "70",
            "66.66667",
            "60",
            "50",
            "40",
            "33.33333",
            "30",
            "25",
            "20",
            "16.66667",
            "14.28571",
            "12.5",
            "11.11111",
            "10",
            "5",
            "0");

    /** One n-th of full marks, as Moodle writes it (100, 50, 33.33333, 25, 20, ...), or negative. */
    static String share(int n, boolean negative) {
        double wanted = 100.0 / n;
        for (String value : ACCEPTED) {
            if (Math.abs(Double.parseDouble(value) - wanted) < 0.00001) {
                return negative && !value.equals("0") ? "-" + value : value;
            }
        }
        throw new IllegalArgumentException("Moodle has no grade of one " + n + "th: " + wanted + "%");
    }
}
