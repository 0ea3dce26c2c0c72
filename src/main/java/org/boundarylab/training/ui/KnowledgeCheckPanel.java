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

/** The recall question at the end of a case: a free-text answer, then what it named and missed. */
class KnowledgeCheckPanel extends Section {

    final TextArea answer = new TextArea("Your answer");
    final Button submit = new Button("Submit answer");
    final Paragraph error = new Paragraph();
    Button next;

    /** The question, waiting for an answer. */
    KnowledgeCheckPanel(Consumer<String> onSubmit) {
        addClassName("judgment-panel");
        H2 heading = new H2("Knowledge check");
        Paragraph hint = new Paragraph("Answer in your own words. Each characteristic you name earns a point; "
                + "naming something that is not one of them costs half a point.");
        hint.addClassName("hint");
        answer.setId("knowledge-answer");
        answer.setWidthFull();
        answer.setMinRows(4);
        answer.setMaxLength(2000);
        submit.setId("submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        submit.addClickListener(e -> onSubmit.accept(answer.getValue()));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(heading, hint, answer, error, submit);
    }

    /** The assessed answer. */
    KnowledgeCheckPanel(AnsweredQuestion answered, Runnable onNext) {
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
            list.add(new ListItem(Wording.badge(named ? new Wording.Tone("good", com.vaadin.flow.component.icon.VaadinIcon.CHECK_CIRCLE, "Named")
                    : new Wording.Tone("bad", com.vaadin.flow.component.icon.VaadinIcon.CLOSE_CIRCLE, "Not named")), new Span(c.label())));
        }
        Div items = new Div();
        items.addClassName("feedback-items");
        StringBuilder spoken = new StringBuilder();
        for (FeedbackItem f : answered.assessment().feedback()) {
            if (!f.code().equals("KNOWLEDGE_NAMED")) {
                Wording.Tone tone = f.code().equals("KNOWLEDGE_MISSED")
                        ? new Wording.Tone("bad", com.vaadin.flow.component.icon.VaadinIcon.CLOSE_CIRCLE, "Not named")
                        : new Wording.Tone("warn", com.vaadin.flow.component.icon.VaadinIcon.EXCLAMATION_CIRCLE, "Not asked for");
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
        add(head, new ListenButton("the feedback", spoken::toString), list, items, next);
    }

    void showError(String message) {
        error.setText(message);
    }
}
