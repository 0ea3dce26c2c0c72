package org.boundarylab.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.boundarylab.vignette.Characteristic;

/**
 * One trainee's results: attempts with score and time, detection per characteristic, overall kappa,
 * how often they were right at each certainty (calibration), the feedback they received, and their
 * score over time.
 */
public record TraineeReport(
        String trainee,
        List<AttemptRow> attempts,
        Map<Characteristic, SignalCounts> characteristics,
        double kappa,
        List<CalibrationRow> calibration,
        List<FeedbackRow> feedback,
        double score,
        double maxScore) {

    public record AttemptRow(
            String attempt,
            String vignetteId,
            int segments,
            double score,
            double maxScore,
            Instant started,
            Instant finished,
            String caseTitle) {

        public double fraction() {
            return maxScore == 0 ? 0 : score / maxScore;
        }
    }

    /** At one certainty: how many judgments, how many fully right. */
    public record CalibrationRow(int certainty, int n, int right) {
        public double accuracy() {
            return n == 0 ? Double.NaN : (double) right / n;
        }
    }

    public record FeedbackRow(
            String vignetteId,
            String segmentId,
            Instant when,
            double score,
            String overrideComment,
            List<String> messages,
            ItemName item,
            ScoredJudgment judgment) {}
}
