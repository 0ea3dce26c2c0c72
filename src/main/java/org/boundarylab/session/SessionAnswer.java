package org.boundarylab.session;

import org.boundarylab.training.AnsweredSegment;

/** A stored judgment in a live session, and whether the session's mode lets the trainee see its feedback yet. */
public record SessionAnswer(AnsweredSegment answered, boolean feedbackVisible, FeedbackMode mode) {}
