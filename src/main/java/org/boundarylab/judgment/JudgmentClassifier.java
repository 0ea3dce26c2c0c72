package org.boundarylab.judgment;

import java.util.Set;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Segment;

/** Classifies a judgment against a segment's expert key. Thread-safe; shared by app and scorer. */
public interface JudgmentClassifier {

    /**
     * Classifies a judgment of one segment of a case.
     *
     * @param people who the case is about (its vignette's {@code people}), so feedback names them and
     *               uses their pronouns; {@link People#NONE} gives "the client", "the professional", "they"
     */
    Assessment classify(Segment segment, Judgment judgment, People people);

    /**
     * Classifies a judgment as {@link #classify} does, except that its reasoning is taken to describe
     * exactly {@code reading} (a supervisor's correction of how the rule base read it): the reading
     * enters the rules as the words the rationale family reads, so every rule, the rationale
     * family's own included, decides unchanged. Outcomes, evidence and points do not depend on the
     * reasoning; the rationale's feedback follows the reading.
     *
     * @throws IllegalArgumentException when the reading names a characteristic but the judgment has no reasoning
     */
    Assessment classifyWithReading(Segment segment, Judgment judgment, People people, Set<Characteristic> reading);

    /** Reads a free-text answer to a vignette's recall question for the characteristics it names. */
    KnowledgeAssessment assessAnswer(KnowledgeCheck question, String answer);

    /** The version of the rule base now serving, recorded with every assessment. */
    String ruleBaseVersion();
}
