package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VersionedVignette;

/** Where an attempt stands: the vignette revision, the answered segments in order, and what is next. */
public record AttemptState(long attemptId, VersionedVignette vignette, List<AnsweredSegment> answered,
        Optional<AnsweredQuestion> knowledge, boolean completed, Optional<Long> sessionId) {

    public AttemptState {
        answered = List.copyOf(answered);
    }

    /** The first segment not yet judged, if any. */
    public Optional<Segment> nextSegment() {
        List<Segment> segments = vignette.vignette().segments();
        return answered.size() < segments.size() ? Optional.of(segments.get(answered.size())) : Optional.empty();
    }

    /** Every segment is judged and the case's recall question still waits for an answer. */
    public boolean awaitsAnswer() {
        return nextSegment().isEmpty() && knowledge.isEmpty() && vignette.vignette().knowledgeCheck().isPresent();
    }

    public int segmentCount() {
        return vignette.vignette().segments().size();
    }

    /** Segment points plus the knowledge check's, once answered. */
    public double score() {
        double segments = answered.stream().mapToDouble(a -> a.assessment().score()).sum();
        return Math.round((segments + knowledge.map(k -> k.assessment().score()).orElse(0.0)) * 100.0) / 100.0;
    }

    public double maxScore() {
        return answered.stream().mapToDouble(a -> a.assessment().maxScore()).sum()
                + knowledge.map(k -> k.assessment().maxScore()).orElse(0.0);
    }
}
