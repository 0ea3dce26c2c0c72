package org.boundarylab.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.boundarylab.judgment.FeedbackMessages;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Control;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;

/**
 * A case as questions, before any format: per segment the answers (the four characteristics and
 * "None of these") with their grades and the feedback the rule base would give a trainee who ticks
 * each one, and the expert's explanation. Right answers share full marks; wrong ones share minus full
 * marks, so ticking everything earns nothing. Texts are plain; each format escapes them its own way.
 */
record CaseQuestions(String category, List<Question> questions) {

    static final String NONE = "None of these";
    static final String PROMPT =
            "Which of the four characteristics of an unethical power imbalance does this moment show? "
                    + "Tick every one you see, or \"None of these\".";

    record Answer(String text, String fraction, String feedback) {

        boolean right() {
            return !fraction.startsWith("-") && !fraction.equals("0");
        }
    }

    /** {@code paragraphs}: the question text, a paragraph each (case and segment, the segment's text, the prompt). */
    record Question(
            String name, String idNumber, List<String> paragraphs, List<Answer> answers, String generalFeedback) {}

    static CaseQuestions of(Vignette v, FeedbackMessages messages) {
        List<Question> questions = new ArrayList<>();
        int n = v.segments().size();
        for (int i = 0; i < n; i++) {
            Segment s = v.segments().get(i);
            String name = v.title() + ": segment " + (i + 1) + " of " + n;
            List<String> paragraphs = List.of(
                    v.title() + ", segment " + (i + 1) + " of " + n + ". " + oneLine(v.summary()),
                    oneLine(s.text()),
                    PROMPT);
            questions.add(new Question(
                    name, v.id() + "-" + s.id(), paragraphs, answers(v, s, messages), oneLine(s.explanation())));
        }
        // a slash would open a sub-category in Moodle's category path
        return new CaseQuestions("$course$/top/Boundary Lab/" + v.title().replace('/', '-'), questions);
    }

    private static List<Answer> answers(Vignette v, Segment s, FeedbackMessages messages) {
        int right = Math.max(1, s.key().size());
        int wrong = 5 - right;
        List<Answer> answers = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            boolean present = s.key().contains(c);
            answers.add(new Answer(
                    c.label(),
                    MoodleFractions.share(present ? right : wrong, !present),
                    feedbackFor(v, s, c, messages)));
        }
        answers.add(new Answer(
                NONE,
                MoodleFractions.share(
                        s.key().isEmpty() ? right : wrong, !s.key().isEmpty()),
                noneFeedback(v, s, messages)));
        return answers;
    }

    /** What the rules say to a trainee who ticks {@code c} here: found, not here, or over-called. */
    private static String feedbackFor(Vignette v, Segment s, Characteristic c, FeedbackMessages messages) {
        if (s.key().contains(c)) {
            return messages.render("HIT." + c.name(), c, v.people(), Map.of("expert cue", firstCue(s, c)));
        }
        if (!s.key().isEmpty()) {
            return messages.render("FALSE_ALARM." + c.name(), c, v.people(), Map.of());
        }
        return messages.render(
                crossing(s)
                        ? "OVERCALLED_NORMAL_IMBALANCE.crossing." + c.name()
                        : "OVERCALLED_NORMAL_IMBALANCE." + c.name(),
                c,
                v.people(),
                Map.of());
    }

    /** "None of these": right where the key is empty; otherwise each characteristic it misses. */
    private static String noneFeedback(Vignette v, Segment s, FeedbackMessages messages) {
        if (s.key().isEmpty()) {
            return messages.render(crossing(s) ? "CORRECT_NONE.crossing" : "CORRECT_NONE", null, v.people(), Map.of());
        }
        List<String> misses = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            if (s.key().contains(c)) {
                misses.add(messages.render("MISS." + c.name(), c, v.people(), Map.of("expert cue", firstCue(s, c))));
            }
        }
        return String.join(" ", misses);
    }

    private static boolean crossing(Segment s) {
        return s.controlKind().orElse(Control.NORMAL_IMBALANCE) == Control.CROSSING;
    }

    private static String firstCue(Segment s, Characteristic c) {
        List<String> cues = s.cues().getOrDefault(c, List.of());
        return cues.isEmpty() ? "" : cues.getFirst();
    }

    /** Folded YAML text as one line: GIFT ends a question at a blank line, and Moodle shows it as one paragraph anyway. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
