package org.boundarylab.judgment.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Control;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.Segment;

/**
 * Judgments a rule base must classify completely before it may serve: a segment with a violation
 * and one without, answered with and without marks, highlights, rationale and certainty, and a
 * recall answer. A rule base that compiles but leaves one of them without its four outcomes, an
 * evidence verdict or points, or scores one outside the bounds its points record, is refused at
 * load or reload, rather than failing trainees later.
 */
final class RuleBaseSelfCheck {

    static final Segment VIOLATION = new Segment("self-check-1", "He asks her to keep their sessions secret from her husband.",
            Set.of(Characteristic.SECRECY), Map.of(Characteristic.SECRECY, List.of("keep their sessions secret")), "", null);
    static final Segment NO_VIOLATION = new Segment("self-check-2", "She admires him and he keeps to the fifty-minute hour.",
            Set.of(), Map.of(), "", Control.NORMAL_IMBALANCE);
    static final KnowledgeCheck QUESTION = new KnowledgeCheck("Name the four characteristics.", Set.of(Characteristic.values()));
    static final String ANSWER = "Secrecy, not role reversal, and transference.";

    private RuleBaseSelfCheck() {
    }

    /** Each judgment to classify on each segment: bare, and full with an error made certain. */
    static List<Judgment> judgments(Segment segment) {
        return List.of(
                new Judgment(segment.id(), Set.of(), List.of(), "", null),
                new Judgment(segment.id(), Set.of(Characteristic.SECRECY, Characteristic.DOUBLE_BIND),
                        List.of("keep their sessions secret", "fifty-minute hour"), "It is hidden, but there is no double bind.", 3),
                new Judgment(segment.id(), Set.of(Characteristic.ROLE_REVERSAL), List.of("admires him"), "She looks after him.", 1));
    }
}
