package org.boundarylab.judgment.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.EvidenceVerdict;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.judgment.rules.facts.Feedback;
import org.boundarylab.judgment.rules.facts.Points;
import org.boundarylab.vignette.Characteristic;

/**
 * What the rules decide for one judgment (or one recall answer), handed to every session as the
 * global {@code findings}. Rules record verdicts here instead of inserting them as facts: nothing
 * matches on them, and a fact costs the engine a trip through the network. One per session, used by
 * one thread.
 */
public final class Findings {

    /** The name of the global in the rules. */
    public static final String GLOBAL = "findings";

    private final Map<Characteristic, OutcomeKind> outcomes = new EnumMap<>(Characteristic.class);
    private final Set<Characteristic> described = EnumSet.noneOf(Characteristic.class);
    private final List<Feedback> feedback = new ArrayList<>(8);
    private EvidenceVerdict evidence;
    private Points points;

    /** The signal-detection outcome for one characteristic. */
    public void outcome(Characteristic characteristic, OutcomeKind kind) {
        outcomes.put(characteristic, kind);
    }

    /** The rationale describes this characteristic. */
    public void describes(Characteristic characteristic) {
        described.add(characteristic);
    }

    /** The recall answer names this characteristic. */
    public void names(Characteristic characteristic) {
        described.add(characteristic);
    }

    public void evidence(EvidenceVerdict verdict) {
        evidence = verdict;
    }

    public void points(Points segmentPoints) {
        points = segmentPoints;
    }

    public void feedback(Feedback item) {
        feedback.add(item);
    }

    Map<Characteristic, OutcomeKind> outcomes() {
        return outcomes;
    }

    Set<Characteristic> described() {
        return described;
    }

    List<Feedback> feedback() {
        return feedback;
    }

    EvidenceVerdict evidence() {
        return evidence;
    }

    Points points() {
        return points;
    }
}
