package org.boundarylab.training;

import org.boundarylab.judgment.KnowledgeAssessment;
import org.boundarylab.vignette.KnowledgeCheck;

/** The recall question at the end of a case, the trainee's answer and its assessment. */
public record AnsweredQuestion(KnowledgeCheck question, String answer, KnowledgeAssessment assessment) {}
