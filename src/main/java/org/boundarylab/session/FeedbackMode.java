package org.boundarylab.session;

/** When trainees in a live session see the feedback on their judgments. The session sets it, not the trainee. */
public enum FeedbackMode {
    IMMEDIATE("Immediate", "Feedback after each segment.", "Feedback after each segment"),
    DEFERRED(
            "Deferred",
            "Feedback when a trainee finishes each case, as in an exam.",
            "Feedback at the end of each case"),
    SUPERVISOR_REVEAL(
            "Supervisor reveal",
            "No feedback until you reveal a segment to the room; the room moves on together.",
            "Feedback when your supervisor reveals the key");

    private final String label;
    private final String description;
    private final String forTrainees;

    FeedbackMode(String label, String description, String forTrainees) {
        this.label = label;
        this.description = description;
        this.forTrainees = forTrainees;
    }

    /** The mode as a trainee's screen states it. */
    public String forTrainees() {
        return forTrainees;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
