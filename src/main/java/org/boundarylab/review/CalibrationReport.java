package org.boundarylab.review;

import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * What a closed calibration round shows (docs/reports.md): per characteristic, and for "the feedback
 * was fair", Fleiss' kappa over the raters, Cohen's kappa for each pair of raters and for each rater
 * against the rule base's reading; the items the raters disagreed on most; and the items where the
 * whole panel read the reasoning alike and otherwise than the rule base, which can be accepted as
 * reading corrections. A kappa that is not defined is NaN.
 *
 * @param fleissItems the items every rater who took part read (Fleiss' kappa needs the same raters on each)
 * @param fairShare   the share of the ratings that called the feedback fair
 */
public record CalibrationReport(
        CalibrationRound round,
        List<String> raters,
        int fleissItems,
        List<Row> rows,
        List<Disagreement> disagreements,
        List<PanelReading> panelReadings,
        double fairShare) {

    /** The question a row is about: a characteristic, or (null) whether the feedback was fair. */
    public record Row(
            Characteristic characteristic,
            String question,
            double fleiss,
            List<PairKappa> pairs,
            List<RaterKappa> againstRuleBase) {}

    public record PairKappa(String first, String second, int items, double kappa) {}

    public record RaterKappa(String rater, int items, double kappa) {}

    /** An item for discussion: what each rater read (and thought of the feedback), beside the rule base. */
    public record Disagreement(
            int position,
            String caseTitle,
            int segmentNumber,
            String rationale,
            Set<Characteristic> ruleReading,
            List<RaterReading> readings,
            double disagreement) {}

    public record RaterReading(String rater, Set<Characteristic> reading, Boolean fair) {}

    /**
     * An item every rater read alike, against the rule base's reading; {@code inForce} when that reading
     * is already the judgment's reading correction in force (accepted from this round, or given before).
     */
    public record PanelReading(
            long itemId,
            long judgmentId,
            int position,
            String caseTitle,
            int segmentNumber,
            String rationale,
            Set<Characteristic> ruleReading,
            Set<Characteristic> panelReading,
            int raters,
            boolean inForce) {}

    /** The panel's readings not yet in force as reading corrections. */
    public List<PanelReading> acceptable() {
        return panelReadings.stream().filter(p -> !p.inForce()).toList();
    }
}
