package org.boundarylab.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.vignette.LibraryProgress;
import org.springframework.stereotype.Component;

/** The library's status lines, from the caller's own attempts. */
@Component
class TrainingProgress implements LibraryProgress {

    private final AttemptService attempts;

    TrainingProgress(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Override
    public Map<String, String> statusByVignette() {
        Map<String, String> status = new HashMap<>();
        List<AttemptSummary> mine = attempts.myAttempts();
        // newest first: the first attempt seen for a vignette decides its line
        for (AttemptSummary a : mine) {
            status.putIfAbsent(
                    a.vignetteId(),
                    a.completed()
                            ? "Completed: " + PointsFormat.outOf(a.score(), a.maxScore()) + " points"
                            : "In progress: " + a.answered() + " of " + a.segments() + " segments judged");
        }
        return status;
    }
}
