package org.boundarylab.judgment;

import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.Segment;

/** Classifies a judgment against a segment's expert key. Thread-safe; shared by app and scorer. */
public interface JudgmentClassifier {

    Assessment classify(Segment segment, Judgment judgment);

    /** Reads a free-text answer to a vignette's recall question for the characteristics it names. */
    KnowledgeAssessment assessAnswer(KnowledgeCheck question, String answer);

    /** The version of the rule base now serving, recorded with every assessment. */
    String ruleBaseVersion();
}
