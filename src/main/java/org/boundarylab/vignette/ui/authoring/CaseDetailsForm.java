package org.boundarylab.vignette.ui.authoring;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Pronouns;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteDraft;

/**
 * The case as a whole: id, title, source, difficulty, tags, summary, who the case is about (the
 * names and pronouns feedback uses), references and the recall question.
 */
class CaseDetailsForm extends FormLayout {

    final TextField id = new TextField("Id");
    final TextField title = new TextField("Title");
    final TextArea source = new TextArea("Source (shown to trainees)");
    final RadioButtonGroup<Integer> difficulty = new RadioButtonGroup<>("Difficulty");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Boundary dimensions");
    final TextArea summary = new TextArea("Summary, shown before the first segment");
    final TextArea references = new TextArea("References, one per line");
    final TextField questionText = new TextField("Recall question at the end (optional)");
    final CheckboxGroup<Characteristic> questionExpects = new CheckboxGroup<>("A right answer names");
    final TextField clientName = new TextField("The client's name in feedback (optional)");
    final Select<Pronouns> clientPronouns = pronouns("The client's pronouns");
    final TextField professionalName = new TextField("The professional's name in feedback (optional)");
    final Select<Pronouns> professionalPronouns = pronouns("The professional's pronouns");
    private final Set<String> tagItems = new LinkedHashSet<>(Vignette.BOUNDARY_DIMENSIONS);
    private final java.util.function.Consumer<String> onChange;
    private VignetteDraft draft;
    private boolean loading;

    CaseDetailsForm(java.util.function.Consumer<String> onChange) {
        this.onChange = onChange;
        addClassName("case-details");
        id.setId("case-id");
        title.setId("case-title");
        source.setId("case-source");
        difficulty.setId("case-difficulty");
        tags.setId("case-tags");
        summary.setId("case-summary");
        references.setId("case-references");
        clientName.setId("case-client-name");
        clientPronouns.setId("case-client-pronouns");
        professionalName.setId("case-professional-name");
        professionalPronouns.setId("case-professional-pronouns");
        clientName.setHelperText(
                "As feedback should say it, e.g. Mary or Mr Haddad; leave empty for \u201cthe client\u201d");
        professionalName.setHelperText("e.g. Russ or Ms Okafor; leave empty for \u201cthe professional\u201d");
        id.setHelperText("Lower-case words joined by hyphens, such as grace-community-clinic; it names the file");
        difficulty.setItems(1, 2, 3);
        difficulty.setItemLabelGenerator(
                d -> List.of("Introductory", "Intermediate", "Subtle").get(d - 1));
        tags.setItems(tagItems);
        tags.setItemLabelGenerator(Vignette::dimensionLabel);
        tags.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        tags.setHelperText("Pick the dimensions the case touches");
        questionExpects.setItems(Characteristic.values());
        questionExpects.setItemLabelGenerator(Characteristic::label);
        for (var field : List.of(id, title, questionText, clientName, professionalName)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        for (var area : List.of(source, summary, references)) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
        }
        id.addValueChangeListener(e -> edit("id", () -> draft.id = e.getValue().strip()));
        title.addValueChangeListener(
                e -> edit("title", () -> draft.title = e.getValue().strip()));
        source.addValueChangeListener(
                e -> edit("source", () -> draft.source = e.getValue().strip()));
        difficulty.addValueChangeListener(
                e -> edit("difficulty", () -> draft.difficulty = e.getValue() == null ? 2 : e.getValue()));
        tags.addValueChangeListener(e -> edit("tags", () -> draft.tags = new ArrayList<>(e.getValue())));
        summary.addValueChangeListener(
                e -> edit("summary", () -> draft.summary = e.getValue().strip()));
        references.addValueChangeListener(e -> edit(
                "references",
                () -> draft.references = e.getValue()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList()));
        questionText.addValueChangeListener(
                e -> edit("question", () -> draft.questionText = e.getValue().strip()));
        clientName.addValueChangeListener(
                e -> edit("people", () -> draft.clientName = e.getValue().strip()));
        clientPronouns.addValueChangeListener(e -> edit("people", () -> draft.clientPronouns = e.getValue()));
        professionalName.addValueChangeListener(
                e -> edit("people", () -> draft.professionalName = e.getValue().strip()));
        professionalPronouns.addValueChangeListener(
                e -> edit("people", () -> draft.professionalPronouns = e.getValue()));
        questionExpects.addValueChangeListener(e -> edit(
                "question",
                () -> draft.questionExpects =
                        e.getValue().isEmpty() ? EnumSet.noneOf(Characteristic.class) : EnumSet.copyOf(e.getValue())));
        add(
                id,
                title,
                difficulty,
                tags,
                source,
                summary,
                clientName,
                clientPronouns,
                professionalName,
                professionalPronouns,
                references,
                questionText,
                questionExpects);
        setColspan(source, 2);
        setColspan(summary, 2);
        setColspan(references, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
    }

    void show(VignetteDraft d, boolean idEditable) {
        loading = true;
        draft = d;
        tagItems.addAll(d.tags);
        tags.setItems(tagItems);
        id.setValue(d.id);
        id.setReadOnly(!idEditable);
        title.setValue(d.title);
        source.setValue(d.source);
        difficulty.setValue(d.difficulty);
        tags.setValue(new LinkedHashSet<>(d.tags));
        summary.setValue(d.summary);
        references.setValue(String.join("\n", d.references));
        questionText.setValue(d.questionText);
        questionExpects.setValue(d.questionExpects);
        clientName.setValue(d.clientName);
        clientPronouns.setValue(d.clientPronouns);
        professionalName.setValue(d.professionalName);
        professionalPronouns.setValue(d.professionalPronouns);
        loading = false;
    }

    /** she, he or they; empty when not given. */
    private static Select<Pronouns> pronouns(String label) {
        Select<Pronouns> select = new Select<>();
        select.setLabel(label);
        select.setItems(Pronouns.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not given");
        select.setItemLabelGenerator(p -> p == null
                ? "Not given"
                : switch (p) {
                    case SHE -> "she / her";
                    case HE -> "he / him";
                    case THEY -> "they / them";
                });
        return select;
    }

    /** Writes a change to the draft and reports the field (as the loader names it) as touched. */
    private void edit(String field, Runnable change) {
        if (!loading && draft != null) {
            change.run();
            onChange.accept(field);
        }
    }

    void showProblems(ProblemIndex problems) {
        SegmentEditor.mark(id, problems.caseField("id").orElse(null));
        SegmentEditor.mark(title, problems.caseField("title").orElse(null));
        SegmentEditor.mark(source, problems.caseField("source").orElse(null));
        SegmentEditor.mark(difficulty, problems.caseField("difficulty").orElse(null));
        SegmentEditor.mark(tags, problems.caseField("tags").orElse(null));
        SegmentEditor.mark(summary, problems.caseField("summary").orElse(null));
        SegmentEditor.mark(references, problems.caseField("references").orElse(null));
        SegmentEditor.mark(questionText, problems.caseField("question.text").orElse(null));
        SegmentEditor.mark(
                questionExpects, problems.caseField("question.expects").orElse(null));
        SegmentEditor.mark(clientName, joined(problems, "people", "people.client", "people.client.name"));
        SegmentEditor.mark(clientPronouns, joined(problems, "people.client.pronouns"));
        SegmentEditor.mark(professionalName, joined(problems, "people.professional", "people.professional.name"));
        SegmentEditor.mark(professionalPronouns, joined(problems, "people.professional.pronouns"));
    }

    /** The problems of these case fields in one message, or null when there are none. */
    private static String joined(ProblemIndex problems, String... fields) {
        List<String> messages = new ArrayList<>();
        for (String field : fields) {
            problems.caseField(field).ifPresent(messages::add);
        }
        return messages.isEmpty() ? null : String.join("; ", messages);
    }
}
