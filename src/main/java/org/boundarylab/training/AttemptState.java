package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VersionedVignette;

/**
 * Where an attempt stands: the vignette revision, the answered segments in order, the recall
 * question's answers (before the first segment, not scored; and at the end), and what is next.
 */
public record AttemptState(
        long attemptId,
        VersionedVignette vignette,
        List<AnsweredSegment> answered,
        Optional<AnsweredQuestion> knowledge,
        boolean completed,
        Optional<Long> sessionId,
        Optional<AnsweredQuestion> before) {

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
        return nextSegment().isEmpty()
                && knowledge.isEmpty()
                && vignette.vignette().knowledgeCheck().isPresent();
    }

    /**
     * The case has a recall question and nothing is answered yet: it is asked once before the first
     * segment (not scored), so the end can show what the case taught. A live room moves together, so
     * a session's attempt skips it.
     */
    public boolean awaitsRecallBefore() {
        return vignette.vignette().knowledgeCheck().isPresent()
                && before.isEmpty()
                && answered.isEmpty()
                && knowledge.isEmpty()
                && sessionId.isEmpty()
                && !completed;
    }

    public int segmentCount() {
        return vignette.vignette().segments().size();
    }

    /** Segment points (overrides included) plus the knowledge check's, once answered ({@link AttemptTotal}). */
    public AttemptTotal total() {
        List<AttemptTotal.Part> parts = new java.util.ArrayList<>();
        answered.forEach(
                a -> parts.add(new AttemptTotal.Part(a.points(), a.assessment().maxScore())));
        knowledge.ifPresent(k -> parts.add(
                new AttemptTotal.Part(k.assessment().score(), k.assessment().maxScore())));
        return AttemptTotal.of(parts);
    }

    public double score() {
        return total().score();
    }

    public double maxScore() {
        return total().maxScore();
    }
}
