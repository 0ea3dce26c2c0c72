package org.boundarylab.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.boundarylab.account.Role;
import org.boundarylab.review.ReadingCorrection;
import org.boundarylab.review.ReadingCorrections;
import org.boundarylab.review.ReviewedJudgment;
import org.boundarylab.vignette.Characteristic;
import org.springframework.security.access.AccessDeniedException;

/**
 * One judgment's reading, corrected or confirmed: the judgment and what the rule base read in its
 * reasoning on the left; on the right, the four characteristics to tick and a comment for the trainee.
 * After saving, the feedback given again for the corrected reading and every reading given so far.
 */
@Route("review/judgment/:judgmentId")
@PageTitle("Correct the reading · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class ReadingCorrectionView extends Main implements BeforeEnterObserver {

    private final ReadingCorrections corrections;
    final ReadingChoice reading = new ReadingChoice();
    final TextArea comment = new TextArea("Comment (the trainee reads it)");
    final Button save = new Button();
    final Div body = new Div();
    ReviewedJudgment shown;

    public ReadingCorrectionView(ReadingCorrections corrections) {
        this.corrections = corrections;
        addClassNames("page", "review-page");
        comment.setMaxLength(ReadingCorrections.MAX_COMMENT);
        comment.setWidthFull();
        comment.setId("reading-comment");
        reading.setId("reading-choice");
        save.setId("save-reading");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        reading.addValueChangeListener(e -> labelSave());
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(corrections.judgment(
                    Long.parseLong(event.getRouteParameters().get("judgmentId").orElse(""))));
        } catch (NumberFormatException | AccessDeniedException e) {
            body.removeAll();
            body.add(
                    new H1("Judgment not available"),
                    new Paragraph("There is no such judgment among your trainees'. "
                            + "Open a trainee's report and choose Correct the reading on one of its judgments."));
        }
    }

    void show(ReviewedJudgment j) {
        shown = j;
        body.removeAll();
        Paragraph lead =
                new Paragraph("Say what the trainee's reasoning really describes. The judgment is kept as it was "
                        + "stored; the trainee sees the feedback given again for your reading, with your comment.");
        lead.addClassName("lead");
        Anchor back = new Anchor("reports/trainee/" + j.traineeId(), "Back to the trainee's report");
        back.addClassName("button-link");
        Div header = new Div(new H1("Correct the reading"), back);
        header.addClassName("page-header");

        Paragraph ruleRead =
                new Paragraph("The rule base (" + j.ruleBaseVersion() + ") read: " + Words.reading(j.ruleReading()));
        ruleRead.addClassName("rule-reading");
        ruleRead.setId("rule-reading");
        Section left = new Section(
                new JudgmentShown(
                        j.caseTitle(),
                        j.segmentNumber(),
                        j.segmentText(),
                        j.marked(),
                        j.confidence(),
                        j.evidence(),
                        j.rationale()),
                ruleRead,
                new H3("The feedback it gave"),
                new FeedbackList(j.feedback()));

        Set<Characteristic> inForce =
                j.history().isEmpty() ? j.ruleReading() : j.history().getFirst().reading();
        reading.setValue(inForce.isEmpty() ? EnumSet.noneOf(Characteristic.class) : EnumSet.copyOf(inForce));
        reading.setInvalid(false);
        comment.clear();
        comment.setInvalid(false);
        labelSave();
        Section panel = new Section(new H2("What does the reasoning describe?"), reading, comment, save);
        panel.addClassName("judgment-panel");
        Div columns = new Div(left, panel);
        columns.addClassName("review-columns");
        body.add(header, lead, columns);
        j.corrected().ifPresent(c -> {
            Paragraph note = new Paragraph(c.note());
            note.addClassName("reading-note");
            Section again = new Section(
                    new H2("The feedback the trainee now sees"),
                    note,
                    new FeedbackList(c.assessment().feedback()));
            again.setId("corrected-feedback");
            body.add(again);
        });
        if (!j.history().isEmpty()) {
            UnorderedList history = new UnorderedList();
            history.addClassName("reading-history");
            j.history().forEach(c -> history.add(new ListItem(entry(c))));
            body.add(new Section(new H2("Readings given"), history));
        }
    }

    static String entry(ReadingCorrection c) {
        return Words.WHEN.format(c.correctedAt()) + " \u00b7 " + c.correctedBy()
                + (c.confirms() ? " confirmed " : " corrected ")
                + Words.reading(c.ruleReading()).toLowerCase(java.util.Locale.ROOT)
                + (c.confirms() ? "" : " to " + Words.reading(c.reading()).toLowerCase(java.util.Locale.ROOT))
                + (c.comment().isBlank() ? "" : ": " + c.comment());
    }

    /** The button says what saving does: confirm the rule base's reading, or correct it. */
    private void labelSave() {
        boolean confirms = shown != null && reading.getValue().equals(shown.ruleReading());
        save.setText(confirms ? "Confirm the rule base's reading" : "Save the corrected reading");
    }

    private void save() {
        try {
            corrections.correct(shown.judgmentId(), reading.getValue(), comment.getValue());
            Notification.show("Reading saved; the audit trail records it.");
            show(corrections.judgment(shown.judgmentId()));
        } catch (IllegalArgumentException e) {
            // the service names the field: "Comment: ..." or "Reading: ..."
            boolean aboutComment = e.getMessage() != null && e.getMessage().startsWith("Comment:");
            if (aboutComment) {
                comment.setErrorMessage(e.getMessage());
                comment.setInvalid(true);
            } else {
                reading.setErrorMessage(e.getMessage());
                reading.setInvalid(true);
            }
        }
    }
}
