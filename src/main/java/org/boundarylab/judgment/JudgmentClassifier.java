package org.boundarylab.judgment;

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

    /** Reads a free-text answer to a vignette's recall question for the characteristics it names. */
    KnowledgeAssessment assessAnswer(KnowledgeCheck question, String answer);

    /** The version of the rule base now serving, recorded with every assessment. */
    String ruleBaseVersion();
}
