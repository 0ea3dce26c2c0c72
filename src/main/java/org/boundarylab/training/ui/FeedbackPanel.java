package org.boundarylab.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import org.boundarylab.base.ui.ListenButton;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.vignette.Characteristic;

/** The judgment panel after submit: outcomes, the supervisor's feedback with "Why?", the explanation. */
class FeedbackPanel extends Section {

    final Button next;
    final H2 heading;

    FeedbackPanel(AnsweredSegment answered, String nextLabel, Runnable onNext) {
        addClassNames("judgment-panel", "feedback-panel");
        getElement().setAttribute("aria-labelledby", "feedback-heading");
        Assessment a = answered.assessment();
        H2 heading = new H2("Feedback"); // focused on show, so the feedback is read from its start
        heading.setId("feedback-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        this.heading = heading;
        Span points = new Span(PointsFormat.label(a.score()));
        points.addClassName("points");
        points.getElement()
                .setAttribute(
                        "title",
                        "Certainty: " + Wording.certainty(answered.judgment().confidence()));
        Div head = new Div(heading, points);
        head.addClassName("feedback-head");
        ListenButton listen = new ListenButton("the feedback", () -> spoken(answered));

        UnorderedList outcomes = new UnorderedList();
        outcomes.addClassName("outcomes");
        outcomes.getElement().setAttribute("aria-label", "Your judgment, characteristic by characteristic");
        for (Characteristic c : Characteristic.values()) {
            OutcomeKind kind = a.outcomes().get(c);
            ListItem item = new ListItem(Wording.badge(Wording.outcome(kind)), new Span(c.label()));
            item.addClassName("outcome-" + kind.name().toLowerCase().replace('_', '-'));
            outcomes.add(item);
        }

        Div items = new Div();
        items.addClassName("feedback-items");
        answered.correction().ifPresent(c -> items.add(readingNote(c.note())));
        for (FeedbackItem item : answered.feedback()) {
            items.add(feedbackItem(item));
        }

        H3 expertHeading = new H3("The expert's reading");
        Paragraph explanation = new Paragraph(answered.segment().explanation());
        Div expert = new Div(expertHeading, explanation);
        expert.addClassName("expert-explanation");

        next = new Button(nextLabel, e -> onNext.run());
        next.setId("next-segment");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(head, listen, outcomes, items, expert, next);
    }

    /** What "Listen" reads: each feedback message, then the expert's explanation. */
    private static String spoken(AnsweredSegment answered) {
        StringBuilder text = new StringBuilder();
        answered.correction().ifPresent(c -> text.append(c.note()).append(' '));
        answered.feedback().forEach(f -> text.append(f.message()).append(' '));
        return text.append("The expert's reading. ")
                .append(answered.segment().explanation())
                .toString();
    }

    /** Says that a supervisor corrected how the reasoning was read, above the feedback given again for it. */
    static Paragraph readingNote(String note) {
        Paragraph p = new Paragraph(note);
        p.addClassName("reading-note");
        return p;
    }

    private static Div feedbackItem(FeedbackItem item) {
        Wording.Tone tone = Wording.feedback(item.code());
        Paragraph message = new Paragraph(item.message());
        Div why = new Div();
        why.addClassName("why");
        why.add(new Paragraph("Rule: “" + item.rule() + "”"));
        for (Map.Entry<String, String> fact : item.because().entrySet()) {
            why.add(new Paragraph(capitalise(fact.getKey()) + ": “" + fact.getValue() + "”"));
        }
        Details details = new Details("Why?", why);
        details.addClassName("why-details");
        Div box = new Div(Wording.badge(tone), message, details);
        box.addClassNames("feedback-item", "tone-" + tone.tone());
        box.getElement().setAttribute("data-code", item.code());
        return box;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
