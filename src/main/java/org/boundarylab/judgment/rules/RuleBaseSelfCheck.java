package org.boundarylab.judgment.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Control;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Person;
import org.boundarylab.vignette.Pronouns;
import org.boundarylab.vignette.Segment;

/**
 * Judgments a rule base must classify completely before it may serve: a segment with a violation
 * and one without, answered with and without marks, highlights, rationale and certainty, and a
 * recall answer. A rule base that compiles but leaves one of them without its four outcomes, an
 * evidence verdict or points, or scores one outside the bounds its points record, is refused at
 * load or reload, rather than failing trainees later.
 */
final class RuleBaseSelfCheck {

    static final Segment VIOLATION = new Segment(
            "self-check-1",
            "He asks her to keep their sessions secret from her husband.",
            Set.of(Characteristic.SECRECY),
            Map.of(Characteristic.SECRECY, List.of("keep their sessions secret")),
            "",
            null);
    static final Segment NO_VIOLATION = new Segment(
            "self-check-2",
            "She admires him and he keeps to the fifty-minute hour.",
            Set.of(),
            Map.of(),
            "",
            Control.NORMAL_IMBALANCE);
    static final Segment CROSSING = new Segment(
            "self-check-3",
            "He notes the card she gave him and tells his supervisor.",
            Set.of(),
            Map.of(),
            "",
            Control.CROSSING);
    static final KnowledgeCheck QUESTION =
            new KnowledgeCheck("Name the four characteristics.", Set.of(Characteristic.values()));
    static final String ANSWER = "Secrecy, not role reversal, and transference.";
    /** Every judgment is classified for a case without people and for one with both. */
    static final People PEOPLE = new People(new Person("Ada", Pronouns.THEY), new Person("Dr Bell", Pronouns.SHE));

    private RuleBaseSelfCheck() {}

    /** The segments to classify each judgment on: a violation, the normal imbalance, a crossing. */
    static final List<Segment> SEGMENTS = List.of(VIOLATION, NO_VIOLATION, CROSSING);

    /** Each judgment to classify on each segment: bare, and full with an error made certain. */
    static List<Judgment> judgments(Segment segment) {
        return List.of(
                new Judgment(segment.id(), Set.of(), List.of(), "", null),
                new Judgment(
                        segment.id(),
                        Set.of(Characteristic.SECRECY, Characteristic.DOUBLE_BIND),
                        List.of("keep their sessions secret", "fifty-minute hour"),
                        "It is hidden, but there is no double bind.",
                        3),
                new Judgment(
                        segment.id(),
                        Set.of(Characteristic.ROLE_REVERSAL),
                        List.of("admires him"),
                        "She looks after him.",
                        1));
    }
}
