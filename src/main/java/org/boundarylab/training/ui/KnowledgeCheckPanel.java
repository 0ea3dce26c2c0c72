package org.boundarylab.training.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.boundarylab.base.ui.ListenButton;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.training.AnsweredQuestion;
import org.boundarylab.vignette.Characteristic;

/**
 * The case's recall question: asked before the first segment (not scored) and at the end (scored),
 * a free-text answer, then what it named and missed, and what changed since the start.
 */
class KnowledgeCheckPanel extends Section {

    final TextArea answer = new TextArea("Your answer");
    final Button submit = new Button("Submit answer");
    final Paragraph error = new Paragraph();
    Button next;

    /** The question at the end, waiting for an answer. */
    KnowledgeCheckPanel(Consumer<String> onSubmit) {
        this(onSubmit, false);
    }

    /** The question, waiting for an answer: before the first segment ({@code before}) or at the end. */
    KnowledgeCheckPanel(Consumer<String> onSubmit, boolean before) {
        addClassName("judgment-panel");
        H2 heading = new H2(before ? "Before you start" : "Knowledge check");
        Paragraph hint = new Paragraph(
                before
                        ? "What do you already know? Answer in your own words, a guess is fine. This is not scored: "
                                + "you meet the same question at the end, and your summary shows what changed."
                        : "Answer in your own words. Each characteristic you name earns a point; "
                                + "naming something that is not one of them costs half a point.");
        hint.addClassName("hint");
        answer.setId("knowledge-answer");
        answer.setWidthFull();
        answer.setMinRows(4);
        answer.setMaxLength(2000);
        submit.setId(before ? "submit-recall-before" : "submit-answer");
        if (before) {
            submit.setText("Start the case");
            addClassName("recall-before");
        }
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        submit.addClickListener(e -> onSubmit.accept(answer.getValue()));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(heading, hint, answer, error, submit);
    }

    /** The assessed answer. */
    KnowledgeCheckPanel(AnsweredQuestion answered, Runnable onNext) {
        this(answered, java.util.Optional.empty(), onNext);
    }

    /** The assessed answer, and beside it what the answer before the first segment named. */
    KnowledgeCheckPanel(AnsweredQuestion answered, java.util.Optional<AnsweredQuestion> before, Runnable onNext) {
        addClassNames("judgment-panel", "feedback-panel");
        H2 heading = new H2("Knowledge check: feedback");
        heading.getElement().setAttribute("tabindex", "-1");
        Span points = new Span(PointsFormat.label(answered.assessment().score()) + " of "
                + PointsFormat.of(answered.assessment().maxScore()));
        points.addClassName("points");
        Div head = new Div(heading, points);
        head.addClassName("feedback-head");
        UnorderedList list = new UnorderedList();
        list.addClassName("outcomes");
        for (Characteristic c : answered.question().expects().stream().sorted().toList()) {
            boolean named = answered.assessment().named().contains(c);
            list.add(new ListItem(
                    Wording.badge(
                            named
                                    ? new Wording.Tone(
                                            "good", com.vaadin.flow.component.icon.VaadinIcon.CHECK_CIRCLE, "Named")
                                    : new Wording.Tone(
                                            "bad",
                                            com.vaadin.flow.component.icon.VaadinIcon.CLOSE_CIRCLE,
                                            "Not named")),
                    new Span(c.label())));
        }
        Div items = new Div();
        items.addClassName("feedback-items");
        StringBuilder spoken = new StringBuilder();
        for (FeedbackItem f : answered.assessment().feedback()) {
            if (!f.code().equals("KNOWLEDGE_NAMED")) {
                Wording.Tone tone = f.code().equals("KNOWLEDGE_MISSED")
                        ? new Wording.Tone("bad", com.vaadin.flow.component.icon.VaadinIcon.CLOSE_CIRCLE, "Not named")
                        : new Wording.Tone(
                                "warn", com.vaadin.flow.component.icon.VaadinIcon.EXCLAMATION_CIRCLE, "Not asked for");
                Div item = new Div(Wording.badge(tone), new Paragraph(f.message()));
                item.addClassNames("feedback-item", "tone-" + tone.tone());
                item.getElement().setAttribute("data-code", f.code());
                items.add(item);
            }
            spoken.append(f.message()).append(' ');
        }
        next = new Button("See your summary", e -> onNext.run());
        next.setId("next-segment");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(head, new ListenButton("the feedback", spoken::toString), list, items);
        before.ifPresent(b -> add(change(b, answered)));
        add(next);
    }

    /** "Before the case you named 1 of 4; now 4 of 4." */
    static Paragraph change(AnsweredQuestion before, AnsweredQuestion after) {
        int asked = after.question().expects().size();
        int then = before.assessment().named().size();
        int now = after.assessment().named().size();
        Paragraph p = new Paragraph(Wording.recallChange(then, now, asked));
        p.addClassName("recall-change");
        p.setId("recall-change");
        return p;
    }

    void showError(String message) {
        error.setText(message);
    }
}
