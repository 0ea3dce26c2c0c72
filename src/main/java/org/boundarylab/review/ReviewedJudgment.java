package org.boundarylab.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.vignette.Characteristic;

/**
 * One judgment as a supervisor reviews its reading: the segment, what the trainee said, what the rule
 * base read in the reasoning and the feedback it gave, the correction in force (if any) and every
 * reading given before. No name: the page is about the words.
 */
public record ReviewedJudgment(
        long judgmentId,
        long traineeId,
        String vignetteId,
        String caseTitle,
        int segmentNumber,
        String segmentText,
        Set<Characteristic> key,
        Set<Characteristic> marked,
        List<String> evidence,
        String rationale,
        Integer confidence,
        Set<Characteristic> ruleReading,
        String ruleBaseVersion,
        List<FeedbackItem> feedback,
        Optional<CorrectedReading> corrected,
        List<ReadingCorrection> history) {}
