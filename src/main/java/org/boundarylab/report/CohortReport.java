package org.boundarylab.report;

import java.util.List;
import java.util.Map;
import org.boundarylab.vignette.Characteristic;

/**
 * A cohort's results: items, per-characteristic detection, a confusion matrix (rows: the key,
 * columns: what was marked; index 4 is "none"), Cronbach's alpha per vignette, the distribution of
 * attempt scores in tenths of the maximum, and a row per trainee.
 */
public record CohortReport(
        int attempts,
        int judgments,
        List<ItemStats> items,
        Map<Characteristic, SignalCounts> characteristics,
        int[][] confusion,
        Map<String, Double> alpha,
        int[] scoreDistribution,
        List<TraineeRow> trainees) {

    /** The title of a case in this report, by its id (the id itself if none of its items is named). */
    public String caseTitle(String vignetteId) {
        return items.stream()
                .filter(i -> i.vignetteId().equals(vignetteId))
                .map(i -> i.name().caseTitle())
                .findFirst()
                .orElse(vignetteId);
    }

    /** How many attempts answered this case's items (the most of any of its items). */
    public int attemptsOn(String vignetteId) {
        return items.stream()
                .filter(i -> i.vignetteId().equals(vignetteId))
                .mapToInt(ItemStats::n)
                .max()
                .orElse(0);
    }

    /** Rows and columns of the confusion matrix: the four characteristics, then "none". */
    public static final List<String> CONFUSION_LABELS =
            List.of("Role reversal", "Professional privilege", "Double bind", "Secrecy", "None");

    /** A trainee's line; {@code traineeId} opens their report (0 when the judgments came from a file). */
    public record TraineeRow(
            String trainee, int attempts, double score, double maxScore, double kappa, long traineeId) {}
}
