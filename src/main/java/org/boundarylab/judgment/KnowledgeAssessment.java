package org.boundarylab.judgment;

import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/** The rule base's verdict on a knowledge-check answer. */
public record KnowledgeAssessment(
        Set<Characteristic> named,
        Set<Characteristic> missed,
        double score,
        double maxScore,
        List<FeedbackItem> feedback,
        String ruleBaseVersion) {

    public KnowledgeAssessment {
        named = Set.copyOf(named);
        missed = Set.copyOf(missed);
        feedback = List.copyOf(feedback);
    }
}
