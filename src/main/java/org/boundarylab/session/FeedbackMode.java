package org.boundarylab.session;

/** When trainees in a live session see the feedback on their judgments. The session sets it, not the trainee. */
public enum FeedbackMode {
    IMMEDIATE("Immediate", "Feedback after each segment."),
    DEFERRED("Deferred", "Feedback when a trainee finishes each case, as in an exam."),
    SUPERVISOR_REVEAL("Supervisor reveal", "No feedback until you reveal a segment to the room; the room moves on together.");

    private final String label;
    private final String description;

    FeedbackMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
