/**
 * Judging a trainee's answer: what they marked, highlighted, wrote and how sure they were, classified
 * against the expert key by the rule base. The API is {@link org.boundarylab.judgment.JudgmentClassifier}.
 */
package org.boundarylab.judgment;
