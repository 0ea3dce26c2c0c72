package org.boundarylab.training.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.boundarylab.judgment.OutcomeKind;

/** Words and icons for outcomes and feedback: never colour alone. */
final class Wording {

    /** How a feedback code reads: tone (for the style), icon and a word. */
    record Tone(String tone, VaadinIcon icon, String word) {}

    private Wording() {}

    static Tone outcome(OutcomeKind kind) {
        return switch (kind) {
            case HIT -> new Tone("good", VaadinIcon.CHECK_CIRCLE, "Found");
            case CORRECT_REJECTION -> new Tone("good", VaadinIcon.CHECK, "Rightly left out");
            case MISS -> new Tone("bad", VaadinIcon.CLOSE_CIRCLE, "Missed");
            case FALSE_ALARM -> new Tone("warn", VaadinIcon.EXCLAMATION_CIRCLE, "Not here");
        };
    }

    static Tone feedback(String code) {
        return switch (code) {
            case "HIT", "CORRECT_NONE", "EVIDENCE_CITED" -> new Tone("good", VaadinIcon.CHECK_CIRCLE, "Well seen");
            case "MISS" -> new Tone("bad", VaadinIcon.CLOSE_CIRCLE, "Missed");
            case "CONFUSED" -> new Tone("bad", VaadinIcon.EXCHANGE, "Mixed up");
            case "FALSE_ALARM" -> new Tone("warn", VaadinIcon.EXCLAMATION_CIRCLE, "Not here");
            case "OVERCALLED_NORMAL_IMBALANCE" -> new Tone("warn", VaadinIcon.EXCLAMATION_CIRCLE, "Over-called");
            case "OVERCONFIDENT_ERROR" -> new Tone("warn", VaadinIcon.SCALE_UNBALANCE, "Too sure");
            default -> new Tone("note", VaadinIcon.INFO_CIRCLE, code.startsWith("EVIDENCE") ? "Evidence" : "Reasoning");
        };
    }

    static Span badge(Tone tone) {
        Span badge = new Span(tone.icon().create(), new Span(tone.word()));
        badge.addClassNames("tone-badge", "tone-" + tone.tone());
        return badge;
    }

    static String certainty(Integer level) {
        if (level == null) {
            return "not given";
        }
        return switch (level) {
            case 1 -> "Guessing";
            case 2 -> "Fairly sure";
            default -> "Certain";
        };
    }

    /** What a case taught, from the recall question before and after: "Before the case you named 1 of 4; now 4 of 4 (3 more)." */
    public static String recallChange(int before, int after, int asked) {
        String change = after > before
                ? " (" + (after - before) + " more)"
                : after == before ? " (the same)" : " (" + (before - after) + " fewer)";
        return "Before the case you named " + before + " of " + asked + "; at the end, " + after + " of " + asked
                + change + ".";
    }
}
