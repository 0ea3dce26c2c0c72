package org.boundarylab.vignette.ui.authoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Control;
import org.boundarylab.vignette.PhraseLocator;
import org.boundarylab.vignette.VignetteDraft.SegmentDraft;

/**
 * The selected segment: its text, the key as the four characteristics trainees see, what a segment
 * without a violation shows, the cue phrases (picked by selecting words in the text) and the
 * explanation. Every change is written to the draft and reported through {@code onChange}.
 */
class SegmentEditor extends Div {

    final TextField id = new TextField("Segment id");
    final TextArea text = new TextArea("Text the trainee reads");
    final CheckboxGroup<Characteristic> key = new CheckboxGroup<>("Key: what is truly present");
    final RadioButtonGroup<Control> control = new RadioButtonGroup<>("With nothing in the key, this segment shows");
    final Div cues = new Div();
    final TextArea explanation = new TextArea("Expert explanation, shown after the trainee answers");
    private final Paragraph cueProblems = new Paragraph();
    private final java.util.function.Consumer<String> onChange;
    private SegmentDraft segment;
    private boolean loading;

    SegmentEditor(java.util.function.Consumer<String> onChange) {
        this.onChange = onChange;
        addClassName("segment-editor");
        id.setId("segment-id");
        text.setId("segment-text");
        key.setId("segment-key");
        control.setId("segment-control");
        explanation.setId("segment-explanation");
        id.setWidth("10rem");
        text.setWidthFull();
        text.setMinRows(5);
        text.setHelperText(
                "Select words here, then use \"Add the selected words\" under a characteristic to make them a cue.");
        key.setItems(Characteristic.values());
        key.setItemLabelGenerator(c -> c.label() + ": " + c.reminder());
        key.addClassName("key-cards");
        control.setItems(Control.values());
        control.setItemLabelGenerator(c -> c == Control.NORMAL_IMBALANCE
                ? "The normal power imbalance"
                : "A boundary crossing that is not a violation");
        explanation.setWidthFull();
        explanation.setMinRows(3);
        cues.addClassName("cue-editor");
        cueProblems.addClassName("field-error");
        for (var field : List.of(id, text, explanation)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        id.addValueChangeListener(
                e -> edit("id", () -> segment.id = e.getValue().strip()));
        text.addValueChangeListener(
                e -> edit("text", () -> segment.text = e.getValue().strip()));
        explanation.addValueChangeListener(e ->
                edit("explanation", () -> segment.explanation = e.getValue().strip()));
        key.addValueChangeListener(e -> edit("key", () -> {
            segment.key = e.getValue().isEmpty() ? EnumSet.noneOf(Characteristic.class) : EnumSet.copyOf(e.getValue());
            if (!segment.key.isEmpty()) {
                segment.control = null;
            }
            showKeyDependents();
        }));
        control.addValueChangeListener(e -> edit("control", () -> segment.control = e.getValue()));
        add(id, text, key, control, cues, cueProblems, explanation);
    }

    void show(SegmentDraft s) {
        loading = true;
        segment = s;
        id.setValue(s.id);
        text.setValue(s.text);
        key.setValue(s.key);
        control.setValue(s.control);
        explanation.setValue(s.explanation);
        loading = false;
        showKeyDependents();
    }

    /** Writes a change to the segment and reports the field (as the loader names it) as touched. */
    private void edit(String field, Runnable change) {
        if (!loading && segment != null) {
            change.run();
            onChange.accept(field);
        }
    }

    private void showKeyDependents() {
        control.setVisible(segment.key.isEmpty());
        if (!segment.key.isEmpty()) {
            loading = true;
            control.clear();
            loading = false;
        }
        cues.removeAll();
        if (segment.key.isEmpty()) {
            return;
        }
        cues.add(
                new H3("Cue phrases"),
                new Paragraph("The words in the text that show each characteristic in the key. "
                        + "Trainees' highlights are compared with these."));
        for (Characteristic c : segment.key) {
            cues.add(cueRow(c));
        }
    }

    private Component cueRow(Characteristic c) {
        Div row = new Div();
        row.addClassName("cue-row");
        row.add(new Span(c.label()));
        Div chips = new Div();
        chips.addClassName("cue-chips");
        for (String phrase : segment.cues.getOrDefault(c, List.of())) {
            Span chip = new Span("\u201c" + phrase + "\u201d");
            chip.addClassName("cue-chip");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeCue(c, phrase));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("Remove cue " + phrase);
            chip.add(remove);
            chips.add(chip);
        }
        if (chips.getComponentCount() == 0) {
            Span none = new Span("No cue yet");
            none.addClassName("hint");
            chips.add(none);
        }
        Button add = new Button("Add the selected words", VaadinIcon.PLUS.create(), e -> addSelectedAsCue(c));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setAriaLabel("Add the selected words as a cue for " + c.label());
        add.setId("add-cue-" + c.name());
        row.add(chips, add);
        return row;
    }

    private void addSelectedAsCue(Characteristic c) {
        text.getElement()
                .executeJs("const t = this.inputElement;"
                        + "return t ? t.value.substring(t.selectionStart, t.selectionEnd) : '';")
                .then(String.class, selected -> addCue(c, selected));
    }

    /** Adds a phrase as a cue, if it is a non-empty selection of the segment's own text. */
    void addCue(Characteristic c, String selected) {
        String phrase = selected == null ? "" : selected.strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty()) {
            Notification.show("Select some words in the segment's text first, then add them.");
            return;
        }
        PhraseLocator.Located located = new PhraseLocator(segment.text).locate(phrase);
        if (!located.found()) {
            Notification.show("Those words are not in the segment's text as it stands (select whole words).");
            return;
        }
        if (located.contentWords() == 0) {
            Notification.show(
                    "A cue needs at least one word that carries meaning: words such as \"the\" or \"of\" never count as evidence.");
            return;
        }
        List<String> list = new ArrayList<>(segment.cues.getOrDefault(c, List.of()));
        if (!list.contains(phrase)) {
            list.add(phrase);
            segment.cues.put(c, list);
            showKeyDependents();
            onChange.accept("cues");
        }
    }

    private void removeCue(Characteristic c, String phrase) {
        List<String> list = new ArrayList<>(segment.cues.getOrDefault(c, List.of()));
        list.remove(phrase);
        segment.cues.put(c, list);
        showKeyDependents();
        onChange.accept("cues");
    }

    /** Puts each problem of this segment beside its field. */
    void showProblems(ProblemIndex problems, int index) {
        mark(id, problems.segmentField(index, "id").orElse(null));
        mark(text, problems.segmentField(index, "text").orElse(null));
        mark(explanation, problems.segmentField(index, "explanation").orElse(null));
        mark(key, problems.segmentField(index, "key").orElse(null));
        mark(control, problems.segmentField(index, "control").orElse(null));
        String cueProblem = problems.segmentField(index, "cues").orElse(null);
        cueProblems.setText(cueProblem == null ? "" : "Cues: " + cueProblem);
        cueProblems.setVisible(cueProblem != null);
    }

    String cueProblemText() {
        return cueProblems.getText();
    }

    static void mark(HasValidation field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }
}
