package org.boundarylab.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.boundarylab.account.UserSummary;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionException;
import org.boundarylab.vignette.LibraryEntry;

/** Creates a session: a name, the cases in order, when feedback comes, and who may join. */
class NewSessionDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<LibraryEntry> addCase = new ComboBox<>("Add a case");
    final List<LibraryEntry> chosen = new ArrayList<>();
    final RadioButtonGroup<FeedbackMode> mode = new RadioButtonGroup<>("When trainees see feedback");
    final RadioButtonGroup<Boolean> anyone = new RadioButtonGroup<>("Who may join");
    final MultiSelectComboBox<UserSummary> cohort = new MultiSelectComboBox<>("Trainees");
    final Button create = new Button("Create session");
    private final OrderedList caseList = new OrderedList();
    private final Paragraph error = new Paragraph();

    NewSessionDialog(
            LiveSessions sessions,
            List<LibraryEntry> library,
            List<UserSummary> trainees,
            Consumer<LiveSession> onCreated) {
        setHeaderTitle("New live session");
        setWidth("min(44rem, 95vw)");
        name.setWidthFull();
        name.setId("session-name");
        name.setPlaceholder("e.g. Ethics seminar, week 3");
        name.setMaxLength(LiveSessions.MAX_NAME);
        addCase.setItems(library);
        addCase.setItemLabelGenerator(e -> e.vignette().title());
        addCase.setWidthFull();
        addCase.setId("session-add-case");
        addCase.addValueChangeListener(e -> {
            if (e.getValue() != null
                    && chosen.stream().noneMatch(c -> c.id().equals(e.getValue().id()))) {
                chosen.add(e.getValue());
                renderCases();
            }
            if (e.getValue() != null) {
                addCase.clear();
            }
        });
        caseList.addClassName("session-cases");
        mode.setItems(FeedbackMode.values());
        mode.setItemLabelGenerator(m -> m.label() + ": " + m.description());
        mode.setValue(FeedbackMode.IMMEDIATE);
        mode.setId("session-mode");
        mode.addClassName("stacked-options");
        anyone.setItems(true, false);
        anyone.setItemLabelGenerator(open -> open ? "Anyone with the code" : "Only the trainees I pick");
        anyone.setValue(true);
        anyone.setId("session-who");
        cohort.setItems(trainees);
        cohort.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        cohort.setWidthFull();
        cohort.setVisible(false);
        anyone.addValueChangeListener(e -> cohort.setVisible(Boolean.FALSE.equals(e.getValue())));
        error.addClassName("field-error");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-session");
        create.addClickListener(e -> {
            try {
                LiveSession created = sessions.create(
                        name.getValue(),
                        chosen.stream().map(LibraryEntry::id).toList(),
                        mode.getValue(),
                        Boolean.TRUE.equals(anyone.getValue()),
                        cohort.getValue().stream().map(UserSummary::id).collect(Collectors.toSet()));
                close();
                onCreated.accept(created);
            } catch (SessionException ex) {
                error.setText(ex.getMessage());
            }
        });
        Span casesLabel = new Span("Cases, in the order the room takes them");
        casesLabel.addClassName("field-label");
        add(new Div(name, new Div(casesLabel, caseList, addCase), mode, anyone, cohort, error));
        getFooter().add(new Button("Cancel", e -> close()), create);
        renderCases();
    }

    private void renderCases() {
        caseList.removeAll();
        if (chosen.isEmpty()) {
            Span none = new Span("No case yet: add one below.");
            none.addClassName("hint");
            caseList.add(new ListItem(none));
        }
        for (int i = 0; i < chosen.size(); i++) {
            int index = i;
            Button up = icon(VaadinIcon.ARROW_UP, "Move up", () -> swap(index, index - 1));
            up.setEnabled(i > 0);
            Button remove = icon(VaadinIcon.CLOSE_SMALL, "Remove", () -> {
                chosen.remove(index);
                renderCases();
            });
            caseList.add(new ListItem(new Span(chosen.get(i).vignette().title()), up, remove));
        }
    }

    private void swap(int a, int b) {
        Collections.swap(chosen, a, b);
        renderCases();
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        return b;
    }
}
