package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VersionedVignette;

/** Where an attempt stands: the vignette revision, the answered segments in order, and what is next. */
public record AttemptState(long attemptId, VersionedVignette vignette, List<AnsweredSegment> answered,
        boolean completed) {

    public AttemptState {
        answered = List.copyOf(answered);
    }

    /** The first segment not yet judged, if any. */
    public Optional<Segment> nextSegment() {
        List<Segment> segments = vignette.vignette().segments();
        return answered.size() < segments.size() ? Optional.of(segments.get(answered.size())) : Optional.empty();
    }

    public int segmentCount() {
        return vignette.vignette().segments().size();
    }

    public double score() {
        return Math.round(answered.stream().mapToDouble(a -> a.assessment().score()).sum() * 100.0) / 100.0;
    }

    public double maxScore() {
        return answered.stream().mapToDouble(a -> a.assessment().maxScore()).sum();
    }
}
