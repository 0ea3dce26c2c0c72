package org.boundarylab.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.vignette.Characteristic;

/**
 * One scored judgment as reports read it, from the database or from the headless scorer. The
 * {@code attempt} groups the judgments of one attempt; {@code score} is the override when a
 * supervisor set one ({@code ruleScore} keeps what the rule base gave). The {@code outcomes} and the
 * bounds {@code minScore} and {@code maxScore} are those the rule base recorded with the judgment.
 * {@code judgmentId} is the stored judgment's id, 0 for judgments scored by the headless command.
 */
public record ScoredJudgment(
        String attempt,
        String trainee,
        String vignetteId,
        int version,
        String segmentId,
        Set<Characteristic> marked,
        Set<Characteristic> key,
        Map<Characteristic, OutcomeKind> outcomes,
        List<String> evidence,
        String rationale,
        Integer confidence,
        double score,
        double ruleScore,
        double minScore,
        double maxScore,
        String ruleBaseVersion,
        Instant submittedAt,
        String overrideComment,
        long judgmentId,
        ItemName item,
        long traineeId) {

    /** Named by its ids, for judgments whose case is not at hand (fixtures, benchmarks). */
    public ScoredJudgment(
            String attempt,
            String trainee,
            String vignetteId,
            int version,
            String segmentId,
            Set<Characteristic> marked,
            Set<Characteristic> key,
            Map<Characteristic, OutcomeKind> outcomes,
            List<String> evidence,
            String rationale,
            Integer confidence,
            double score,
            double ruleScore,
            double minScore,
            double maxScore,
            String ruleBaseVersion,
            Instant submittedAt,
            String overrideComment,
            long judgmentId) {
        this(
                attempt,
                trainee,
                vignetteId,
                version,
                segmentId,
                marked,
                key,
                outcomes,
                evidence,
                rationale,
                confidence,
                score,
                ruleScore,
                minScore,
                maxScore,
                ruleBaseVersion,
                submittedAt,
                overrideComment,
                judgmentId,
                ItemName.ofIds(vignetteId, segmentId),
                0);
    }

    public ScoredJudgment {
        marked = Set.copyOf(marked);
        key = Set.copyOf(key);
        outcomes = Map.copyOf(outcomes);
        evidence = List.copyOf(evidence);
    }

    /** Every characteristic judged right, by the outcomes the rule base recorded. */
    public boolean fullyRight() {
        return !outcomes.isEmpty() && outcomes.values().stream().allMatch(OutcomeKind::correct);
    }

    public boolean overridden() {
        return overrideComment != null;
    }
}
