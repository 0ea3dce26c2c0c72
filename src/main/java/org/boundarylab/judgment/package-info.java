/** Owns classifying a judgment against a segment's key (JudgmentClassifier, Assessment); rules/ the Drools engine, text/ the rationale reader. */
package org.boundarylab.judgment;
