package org.boundarylab.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.boundarylab.account.Role;
import org.boundarylab.review.BlindItem;
import org.boundarylab.review.BlindReading;
import org.springframework.security.access.AccessDeniedException;

/**
 * A rater reads a round's judgments one at a time, blind: first what the reasoning describes, with no
 * feedback in sight; then the rule base's feedback, and whether it was fair. Then the next.
 */
@Route("review/calibration/:roundId/read")
@PageTitle("Calibration reading · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class CalibrationReadingView extends Main implements BeforeEnterObserver {

    private final BlindReading reading;
    final Div body = new Div();
    final ReadingChoice choice = new ReadingChoice();
    final RadioButtonGroup<Boolean> fair = new RadioButtonGroup<>("Was the feedback fair to this reasoning?");
    final Button save = new Button();
    BlindItem item;
    private long roundId;

    public CalibrationReadingView(BlindReading reading) {
        this.reading = reading;
        addClassNames("page", "review-page");
        choice.setId("calibration-reading");
        fair.setItems(true, false);
        fair.setItemLabelGenerator(f -> f ? "Fair" : "Not fair");
        fair.setId("calibration-fair");
        save.setId("save-calibration");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            roundId = Long.parseLong(event.getRouteParameters().get("roundId").orElse(""));
            show(reading.next(roundId));
        } catch (NumberFormatException | AccessDeniedException e) {
            body.removeAll();
            body.add(
                    new H1("Round not available"),
                    new Paragraph("You are not invited to read in this round. See Calibration."));
        }
    }

    void show(Optional<BlindItem> next) {
        body.removeAll();
        if (next.isEmpty()) {
            item = null;
            Anchor report = new Anchor("review/calibration/" + roundId, "See the round");
            report.addClassNames("button-link", "primary");
            body.add(
                    new H1("You have read every judgment"),
                    new Paragraph("Thank you. The report opens when the round is closed; "
                            + "until then no one sees anyone's readings."),
                    report);
            return;
        }
        item = next.get();
        Span progress = new Span("Judgment " + item.position() + " of " + item.of());
        progress.addClassName("progress-text");
        progress.setId("calibration-progress");
        Paragraph lead = new Paragraph(
                "Read the reasoning as it stands. Who wrote it is not shown, and the rule base's feedback "
                        + "appears only after you say what the reasoning describes.");
        lead.addClassName("lead");
        Section left = new Section(new JudgmentShown(
                item.caseTitle(),
                item.segmentNumber(),
                item.segmentText(),
                item.marked(),
                item.confidence(),
                item.evidence(),
                item.rationale()));
        Section panel = new Section();
        panel.addClassName("judgment-panel");
        if (item.myReading().isEmpty()) {
            choice.clear();
            choice.setInvalid(false);
            save.setText("Save my reading and show the feedback");
            panel.add(new H2("What does the reasoning describe?"), choice, save);
        } else {
            Paragraph mine = new Paragraph(
                    "Your reading: " + Words.reading(item.myReading().get()));
            mine.addClassName("rule-reading");
            fair.setValue(item.myFair().orElse(null));
            fair.setInvalid(false);
            save.setText("Save and go to the next");
            panel.add(new H2("The rule base's feedback"), mine, new FeedbackList(item.feedback()), fair, save);
        }
        Div columns = new Div(left, panel);
        columns.addClassName("review-columns");
        body.add(new H1("Calibration reading"), progress, lead, columns);
    }

    private void save() {
        try {
            if (item.myReading().isEmpty()) {
                show(Optional.of(reading.read(roundId, item.itemId(), choice.getValue())));
            } else if (fair.getValue() == null) {
                fair.setErrorMessage("Fair: choose Fair or Not fair.");
                fair.setInvalid(true);
            } else {
                reading.judgeFeedback(roundId, item.itemId(), fair.getValue());
                show(reading.next(roundId));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            body.add(notice(e.getMessage()));
        }
    }

    private static Paragraph notice(String message) {
        Paragraph p = new Paragraph(message);
        p.addClassName("notice-bad");
        return p;
    }
}
