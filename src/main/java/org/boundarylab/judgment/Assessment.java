package org.boundarylab.judgment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * The rule base's verdict on one judgment, with the version of the rule base that gave it: the
 * outcome per characteristic, what the rationale describes, the evidence verdict, the score with
 * the bounds the scoring rules put on it ({@code minScore}, the lowest score possible under the
 * judgment's certainty, and {@code maxScore}), and the feedback. Stored as JSON with each judgment;
 * screens and reports read these rather than working any of them out again.
 */
public record Assessment(
        String segmentId,
        Map<Characteristic, OutcomeKind> outcomes,
        Set<Characteristic> rationaleDescribes,
        EvidenceVerdict evidence,
        double score,
        double minScore,
        double maxScore,
        List<FeedbackItem> feedback,
        String ruleBaseVersion) {

    public Assessment {
        // enum-keyed copies: the scorer reads these for every judgment it writes
        outcomes = outcomes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(outcomes));
        Set<Characteristic> described = EnumSet.noneOf(Characteristic.class);
        described.addAll(rationaleDescribes);
        rationaleDescribes = Collections.unmodifiableSet(described);
        feedback = List.copyOf(feedback);
    }

    /**
     * Reads a stored assessment. One stored before the rule base recorded a lowest score has none:
     * it gets {@link #legacyMinScore}; one without outcomes or feedback gets empty ones.
     */
    @JsonCreator
    static Assessment stored(
            @JsonProperty("segmentId") String segmentId,
            @JsonProperty("outcomes") Map<Characteristic, OutcomeKind> outcomes,
            @JsonProperty("rationaleDescribes") Set<Characteristic> rationaleDescribes,
            @JsonProperty("evidence") EvidenceVerdict evidence,
            @JsonProperty("score") double score,
            @JsonProperty("minScore") Double minScore,
            @JsonProperty("maxScore") double maxScore,
            @JsonProperty("feedback") List<FeedbackItem> feedback,
            @JsonProperty("ruleBaseVersion") String ruleBaseVersion) {
        return new Assessment(
                segmentId,
                outcomes == null ? Map.of() : outcomes,
                rationaleDescribes == null ? Set.of() : rationaleDescribes,
                evidence,
                score,
                minScore == null ? legacyMinScore(maxScore) : minScore,
                maxScore,
                feedback == null ? List.of() : feedback,
                ruleBaseVersion);
    }

    /**
     * The lowest score of a judgment stored before the scoring rules recorded one (their assessment
     * has no {@code minScore}): the bound a supervisor's override was held to when it was stored,
     * twice the maximum below zero (-6 for a 3-point segment, what "certain and wrong" costs). The
     * rule base cannot be asked after the fact, and a row must stay readable and overridable.
     */
    public static double legacyMinScore(double maxScore) {
        return -2 * maxScore;
    }

    /** How many characteristics the rules judged right (a hit or a correct rejection). */
    public long correctCount() {
        return outcomes.values().stream().filter(OutcomeKind::correct).count();
    }

    /** Every characteristic judged right, by the outcomes the rules recorded. */
    public boolean fullyRight() {
        return !outcomes.isEmpty() && correctCount() == outcomes.size();
    }
}
