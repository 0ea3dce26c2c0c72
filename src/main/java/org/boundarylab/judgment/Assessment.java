package org.boundarylab.judgment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/** The rule base's verdict on one judgment, with the version of the rule base that gave it. */
public record Assessment(String segmentId, Map<Characteristic, OutcomeKind> outcomes,
        Set<Characteristic> rationaleDescribes, EvidenceVerdict evidence, double score, double maxScore,
        List<FeedbackItem> feedback, String ruleBaseVersion) {

    public Assessment {
        outcomes = Map.copyOf(outcomes);
        rationaleDescribes = Set.copyOf(rationaleDescribes);
        feedback = List.copyOf(feedback);
    }

    public long correctCount() {
        return outcomes.values().stream().filter(OutcomeKind::correct).count();
    }

    public boolean fullyRight() {
        return correctCount() == Characteristic.values().length;
    }
}
