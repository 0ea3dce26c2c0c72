package org.boundarylab.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.boundarylab.review.CalibrationRound;
import org.boundarylab.review.CalibrationRounds;
import org.boundarylab.review.Colleague;
import org.boundarylab.session.LiveSession;
import org.boundarylab.vignette.LibraryEntry;
import org.springframework.security.access.AccessDeniedException;

/**
 * Starts a calibration round: a name, where the sample is drawn from (one of the caller's live
 * sessions, or a case), how many judgments, an optional seed to draw the same sample again, and the
 * raters. The service's refusals are shown beside the field they name.
 */
class NewRoundDialog extends Dialog {

    static final String FROM_SESSION = "A live session of mine";
    static final String FROM_CASE = "A case";
    final TextField name = new TextField("Name");
    final RadioButtonGroup<String> from = new RadioButtonGroup<>("Draw the judgments from");
    final Select<LiveSession> session = new Select<>();
    final ComboBox<LibraryEntry> vignette = new ComboBox<>("Case");
    final IntegerField size = new IntegerField("Judgments to read");
    final TextField seed = new TextField("Seed (optional)");
    final MultiSelectComboBox<Colleague> raters = new MultiSelectComboBox<>("Raters");
    final Button start = new Button("Start the round");
    final Paragraph error = new Paragraph();

    NewRoundDialog(
            CalibrationRounds rounds,
            List<LiveSession> sessions,
            List<LibraryEntry> library,
            long me,
            Consumer<CalibrationRound> onStarted) {
        setHeaderTitle("New calibration round");
        setWidth("min(40rem, 95vw)");
        name.setWidthFull();
        name.setMaxLength(CalibrationRounds.MAX_NAME);
        name.setPlaceholder("e.g. Panel, spring cohort");
        name.setId("round-name");
        from.setItems(FROM_SESSION, FROM_CASE);
        from.setValue(sessions.isEmpty() ? FROM_CASE : FROM_SESSION);
        from.setId("round-from");
        session.setLabel("Session");
        session.setItems(sessions);
        session.setItemLabelGenerator(LiveSession::name);
        session.setId("round-session");
        if (!sessions.isEmpty()) {
            session.setValue(sessions.getFirst());
        }
        vignette.setItems(library);
        vignette.setItemLabelGenerator(e -> e.vignette().title());
        vignette.setId("round-case");
        size.setValue(20);
        size.setMin(1);
        size.setMax(CalibrationRounds.MAX_SAMPLE);
        size.setStepButtonsVisible(true);
        size.setHelperText("Drawn at random; all of them if there are fewer.");
        size.setId("round-size");
        seed.setHelperText("The same seed over the same judgments draws the same sample.");
        seed.setId("round-seed");
        List<Colleague> colleagues = rounds.colleagues();
        raters.setItems(colleagues);
        raters.setItemLabelGenerator(Colleague::name);
        raters.setWidthFull();
        raters.setHelperText("Each reads every judgment blind, with no names; at least two.");
        raters.setId("round-raters");
        colleagues.stream().filter(c -> c.id() == me).findFirst().ifPresent(c -> raters.setValue(Set.of(c)));
        from.addValueChangeListener(e -> showSource());
        showSource();
        error.addClassName("form-error");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-round");
        start.addClickListener(e -> start(rounds, onStarted));
        Div form = new Div(name, from, session, vignette, size, seed, raters, error);
        form.addClassName("dialog-form");
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), start);
    }

    private void showSource() {
        session.setVisible(FROM_SESSION.equals(from.getValue()));
        vignette.setVisible(FROM_CASE.equals(from.getValue()));
    }

    private void start(CalibrationRounds rounds, Consumer<CalibrationRound> onStarted) {
        List.<HasValidation>of(name, size, seed, raters, session, vignette).forEach(f -> f.setInvalid(false));
        error.setText("");
        Long chosenSeed;
        try {
            chosenSeed = seed.getValue().isBlank()
                    ? null
                    : Long.valueOf(seed.getValue().strip());
        } catch (NumberFormatException e) {
            fieldError(seed, "Seed: a whole number, or leave it empty.");
            return;
        }
        CalibrationRounds.Source source = FROM_SESSION.equals(from.getValue())
                ? session.getValue() == null
                        ? null
                        : new CalibrationRounds.Source.Session(
                                session.getValue().id())
                : vignette.getValue() == null
                        ? null
                        : new CalibrationRounds.Source.Case(vignette.getValue().id());
        try {
            CalibrationRound round = rounds.start(
                    name.getValue(),
                    source,
                    size.getValue() == null ? 0 : size.getValue(),
                    chosenSeed,
                    raters.getValue().stream().map(Colleague::id).collect(java.util.stream.Collectors.toSet()));
            close();
            onStarted.accept(round);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            String message = e instanceof AccessDeniedException ? "Session: it is not one of yours." : e.getMessage();
            // the service names the field; a sample that cannot be drawn is about the source as a whole
            HasValidation field = message.startsWith("Name:")
                    ? name
                    : message.startsWith("Sample: between")
                            ? size
                            : message.startsWith("Raters:") ? raters : message.startsWith("Case:") ? vignette : null;
            if (field == null) {
                error.setText(message);
            } else {
                fieldError(field, message);
            }
        }
    }

    private static void fieldError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
