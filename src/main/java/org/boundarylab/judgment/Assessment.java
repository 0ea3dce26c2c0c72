package org.boundarylab.judgment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/** The rule base's verdict on one judgment, with the version of the rule base that gave it. */
public record Assessment(String segmentId, Map<Characteristic, OutcomeKind> outcomes,
        Set<Characteristic> rationaleDescribes, EvidenceVerdict evidence, double score, double maxScore,
        List<FeedbackItem> feedback, String ruleBaseVersion) {

    public Assessment {
        // enum-keyed copies: the scorer reads these for every judgment it writes
        outcomes = outcomes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(outcomes));
        Set<Characteristic> described = EnumSet.noneOf(Characteristic.class);
        described.addAll(rationaleDescribes);
        rationaleDescribes = Collections.unmodifiableSet(described);
        feedback = List.copyOf(feedback);
    }

    public long correctCount() {
        return outcomes.values().stream().filter(OutcomeKind::correct).count();
    }

    public boolean fullyRight() {
        return correctCount() == Characteristic.values().length;
    }
}
