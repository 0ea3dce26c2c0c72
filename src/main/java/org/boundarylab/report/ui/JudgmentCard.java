package org.boundarylab.report.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.report.ScoredJudgment;
import org.boundarylab.training.ui.SegmentText;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;

/**
 * What the trainee did beside what they were told, for a reviewer: the segment with their
 * highlights and the expert's cues marked differently (with a legend), what they ticked against the
 * key, their certainty and reasoning with what the rule base read in it, the feedback and the points
 * (and any override). A score can be judged only with all of this in view.
 */
final class JudgmentCard {

    private JudgmentCard() {}

    /**
     * The card; with a supervisor's {@code correction} of how the reasoning was read (may be null),
     * the feedback shown is the one given again for it, under a note saying so, while "the rule base
     * read it as" still says what the rule base read.
     */
    static Article of(ScoredJudgment j, Assessment assessment, Segment segment, CorrectedReading correction) {
        Article card = new Article();
        card.addClassName("judgment-item");
        card.add(new H3(j.item().label() + " \u00b7 " + PointsFormat.label(j.score())));
        if (j.overridden()) {
            Paragraph o = new Paragraph(
                    "Changed by a supervisor from " + PointsFormat.of(j.ruleScore()) + ": " + j.overrideComment());
            o.addClassName("override-note");
            card.add(o);
        }
        card.add(judgment(j, assessment, segment));
        Div feedback = new Div();
        feedback.addClassName("card-feedback");
        if (correction != null) {
            Paragraph note = new Paragraph(correction.note());
            note.addClassName("reading-note");
            card.add(note);
            correction.assessment().feedback().forEach(f -> feedback.add(new Paragraph(f.message())));
        } else if (assessment != null) {
            for (FeedbackItem f : assessment.feedback()) {
                feedback.add(new Paragraph(f.message()));
            }
        }
        card.add(feedback);
        return card;
    }

    /** The trainee's side alone: text and highlights, ticks against the key, certainty, reasoning. */
    static Div judgment(ScoredJudgment j, Assessment assessment, Segment segment) {
        Div did = new Div();
        did.addClassName("trainee-judgment");
        if (segment != null) {
            did.add(SegmentText.comparison(
                    segment.text(),
                    j.evidence(),
                    segment.cues().values().stream().flatMap(List::stream).toList()));
            Span mine = new Span("your highlight");
            mine.addClassName("mine");
            Span expert = new Span("expert cue");
            expert.addClassName("expert");
            Paragraph legend = new Paragraph(
                    new Span("Marked in the text: "),
                    mine,
                    new Span(" (the trainee's), "),
                    expert,
                    new Span(" (the key's)."));
            legend.addClassNames("hint", "legend");
            did.add(legend);
        }
        did.add(line("Ticked", describe(j.marked()) + "; the key: " + describe(j.key())));
        did.add(line("Certainty", certainty(j.confidence())));
        did.add(line("Reasoning", j.rationale().isBlank() ? "(none written)" : "\u201c" + j.rationale() + "\u201d"));
        if (assessment != null) {
            did.add(line("The rule base read it as describing", describe(assessment.rationaleDescribes())));
        }
        if (!j.evidence().isEmpty()) {
            did.add(line(
                    "Highlighted",
                    j.evidence().stream().map(e -> "\u201c" + e + "\u201d").collect(Collectors.joining(", "))));
        }
        return did;
    }

    private static Paragraph line(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("label");
        return new Paragraph(l, new Span(value));
    }

    static String describe(Set<Characteristic> set) {
        return set.isEmpty()
                ? "none of the four"
                : set.stream().sorted().map(Characteristic::label).collect(Collectors.joining(", "));
    }

    static String certainty(Integer level) {
        return level == null
                ? "not given"
                : switch (level) {
                    case 1 -> "guessing";
                    case 2 -> "fairly sure";
                    default -> "certain";
                };
    }
}
