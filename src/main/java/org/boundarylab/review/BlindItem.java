package org.boundarylab.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.vignette.Characteristic;

/**
 * One judgment as a calibration rater reads it: the case, the segment, what the trainee marked,
 * highlighted, wrote and how sure they were; never who. The rule base's feedback is given only once
 * the rater has said what the reasoning describes ({@code myReading}), so the reading stays blind.
 */
public record BlindItem(
        long roundId,
        long itemId,
        int position,
        int of,
        String caseTitle,
        int segmentNumber,
        String segmentText,
        Set<Characteristic> marked,
        List<String> evidence,
        String rationale,
        Integer confidence,
        Optional<Set<Characteristic>> myReading,
        Optional<Boolean> myFair,
        List<FeedbackItem> feedback) {

    /** Read and judged: nothing more to say about this item. */
    public boolean done() {
        return myReading.isPresent() && myFair.isPresent();
    }
}
