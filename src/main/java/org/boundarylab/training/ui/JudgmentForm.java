package org.boundarylab.training.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;

/**
 * The judgment panel: four characteristic cards, an exclusive "none of these", the rationale,
 * certainty and Submit. It only builds a {@link Judgment}; the view hands it to the service.
 */
class JudgmentForm extends Section {

    final Map<Characteristic, Checkbox> cards = new EnumMap<>(Characteristic.class);
    final Checkbox none = new Checkbox("None of these: a normal power imbalance or a harmless crossing");
    final TextArea rationale = new TextArea("Your reasoning");
    final RadioButtonGroup<Integer> certainty = new RadioButtonGroup<>("How sure are you?");
    final Button submit = new Button("Submit judgment");
    final Paragraph error = new Paragraph();
    final Paragraph marksError = new Paragraph();
    static final String MARKS_NEEDED = "Tick at least one characteristic, or \"None of these\".";
    static final String CERTAINTY_NEEDED = "Say how sure you are: Guessing, Fairly sure or Certain.";
    static final String REASONING_NEEDED = "Write your reasoning: at least " + Judgment.MIN_RATIONALE_WORDS
            + " words on what in the text made you decide.";
    private final String segmentId;
    private List<String> evidence = new ArrayList<>();

    JudgmentForm(String segmentId, Consumer<Judgment> onSubmit) {
        this.segmentId = segmentId;
        addClassName("judgment-panel");
        getElement().setAttribute("aria-labelledby", "judgment-heading");
        H2 heading = new H2("What do you see in this segment?");
        heading.setId("judgment-heading");
        Paragraph hint = new Paragraph("Tick every characteristic present, or none.");
        hint.addClassName("hint");

        Div cardList = new Div();
        cardList.addClassName("characteristic-cards");
        for (Characteristic c : Characteristic.values()) {
            Checkbox card = new Checkbox(c.label());
            card.setHelperText(c.reminder());
            card.addClassName("characteristic-card");
            card.setId("mark-" + c.name());
            card.addValueChangeListener(e -> {
                if (e.getValue()) {
                    none.setValue(false);
                    marksError.setVisible(false);
                }
            });
            cards.put(c, card);
            cardList.add(card);
        }
        none.addClassNames("characteristic-card", "none-card");
        none.setId("mark-NONE");
        none.addValueChangeListener(e -> {
            if (e.getValue()) {
                marksError.setVisible(false);
                cards.values().forEach(card -> card.setValue(false));
            }
        });
        cardList.add(none);

        rationale.setId("rationale");
        rationale.setPlaceholder("In a sentence or two: what in the text made you decide?");
        rationale.setRequiredIndicatorVisible(true);
        rationale.setHelperText("Required: at least " + Judgment.MIN_RATIONALE_WORDS + " words.");
        rationale.setErrorMessage(REASONING_NEEDED);
        rationale.addValueChangeListener(e -> {
            if (rationale.isInvalid() && enoughReasoning()) {
                rationale.setInvalid(false);
            }
        });
        rationale.setMaxLength(2000);
        rationale.setWidthFull();
        rationale.setMinRows(3);

        certainty.setId("certainty");
        certainty.setItems(1, 2, 3);
        certainty.setItemLabelGenerator(Wording::certainty);
        certainty.setHelperText("Right: +1, +2 or +3 points. Wrong: 0, −2 or −6.");
        certainty.setErrorMessage(CERTAINTY_NEEDED);
        certainty.addClassName("certainty");
        certainty.addValueChangeListener(e -> certainty.setInvalid(false));

        submit.setId("submit-judgment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickListener(e -> read().ifPresent(onSubmit));
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        submit.setDisableOnClick(true);
        Paragraph shortcut = new Paragraph("Or press Ctrl+Enter from anywhere on the page.");
        shortcut.addClassNames("hint", "shortcut-hint");
        shortcut.setId("submit-shortcut");
        submit.getElement().setAttribute("aria-describedby", "submit-shortcut");
        marksError.addClassName("field-error");
        marksError.setId("marks-error");
        marksError.setVisible(false);
        cardList.getElement().setAttribute("role", "group");
        cardList.getElement().setAttribute("aria-label", "Characteristics you see");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        // certainty, Submit and the shortcut stay in view at the bottom of the screen (CSS: sticky)
        Div actionBar = new Div(certainty, error, submit, shortcut);
        actionBar.addClassName("action-bar");
        add(heading, hint, marksError, cardList, rationale, actionBar);
    }

    void setEvidence(List<String> evidence) {
        this.evidence = new ArrayList<>(evidence);
    }

    /** Shows why the service refused the judgment: on the reasoning field when it is about that. */
    void showRefusal(org.boundarylab.training.AttemptException refusal) {
        if (refusal.field()
                .filter(org.boundarylab.training.AttemptException.RATIONALE::equals)
                .isPresent()) {
            rationale.setErrorMessage(refusal.getMessage());
            rationale.setInvalid(true);
            rationale.focus();
            showError("");
        } else {
            showError(refusal.getMessage());
        }
    }

    /** Re-enables Submit after a refused submission. */
    void showError(String message) {
        error.setText(message);
        submit.setEnabled(true);
    }

    /** At least {@link Judgment#MIN_RATIONALE_WORDS} words, counted as the service counts them. */
    private boolean enoughReasoning() {
        return Judgment.wordCount(rationale.getValue()) >= Judgment.MIN_RATIONALE_WORDS;
    }

    /** Every problem at once, each beside its field; focus goes to the first. */
    private java.util.Optional<Judgment> read() {
        Set<Characteristic> marked = EnumSet.noneOf(Characteristic.class);
        cards.forEach((c, card) -> {
            if (card.getValue()) {
                marked.add(c);
            }
        });
        boolean marksMissing = marked.isEmpty() && !none.getValue();
        marksError.setText(marksMissing ? MARKS_NEEDED : "");
        marksError.setVisible(marksMissing);
        boolean reasoningMissing = !enoughReasoning();
        rationale.setErrorMessage(REASONING_NEEDED);
        rationale.setInvalid(reasoningMissing);
        boolean certaintyMissing = certainty.getValue() == null;
        certainty.setInvalid(certaintyMissing);
        if (marksMissing || reasoningMissing || certaintyMissing) {
            int count = (marksMissing ? 1 : 0) + (reasoningMissing ? 1 : 0) + (certaintyMissing ? 1 : 0);
            showError(
                    count == 1
                            ? "One thing to finish before you submit: see the message above."
                            : count + " things to finish before you submit: see the messages above.");
            if (marksMissing) {
                cards.values().iterator().next().focus();
            } else if (reasoningMissing) {
                rationale.focus();
            } else {
                certainty.getElement().callJsFunction("focus");
            }
            return java.util.Optional.empty();
        }
        error.setText("");
        return java.util.Optional.of(
                new Judgment(segmentId, marked, evidence, rationale.getValue().strip(), certainty.getValue()));
    }
}
