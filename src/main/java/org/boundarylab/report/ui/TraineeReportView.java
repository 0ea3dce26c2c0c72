package org.boundarylab.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boundarylab.account.Role;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.CorrectedReadings;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.report.Figures;
import org.boundarylab.report.ReportPdf;
import org.boundarylab.report.Reports;
import org.boundarylab.report.ScoredJudgment;
import org.boundarylab.report.SignalCounts;
import org.boundarylab.report.TraineeReport;

/**
 * A trainee's report: the header card, one small panel per characteristic, calibration and
 * progress charts, the attempts and the feedback received. {@code reports/trainee/me} is the
 * caller's own; any other id is checked by the service. Supervisors can override a score here.
 */
@Route("reports/trainee/:traineeId")
@PageTitle("Trainee report · Boundary Lab")
@PermitAll
public class TraineeReportView extends Main implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());
    private final Reports reports;
    private final CorrectedReadings corrections;
    private final boolean staff;
    final Div body = new Div();
    final EChart calibration = new EChart("Calibration: share of fully right judgments at each certainty", "18rem");
    final EChart progress =
            new EChart("Progress: each attempt's score as a share of its maximum, in time order", "18rem");
    Reports.TraineeResult result;

    public TraineeReportView(Reports reports, CorrectedReadings corrections, AuthenticationContext auth) {
        this.reports = reports;
        this.corrections = corrections;
        this.staff = auth.hasAnyRole(Role.ADMIN_NAME, Role.SUPERVISOR_NAME);
        addClassNames("page", "report-page");
        body.add(new Paragraph("Computing the report\u2026"));
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("traineeId").orElse("me");
        long traineeId;
        try {
            traineeId = id.equals("me") ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            refused("There is no such trainee.");
            return;
        }
        OffLock.load(
                this, () -> traineeId < 0 ? reports.mine() : reports.trainee(traineeId), this::show, this::refused);
    }

    private void refused(String message) {
        body.removeAll();
        body.add(new H1("Report not available"), new Paragraph(message));
    }

    void show(Reports.TraineeResult r) {
        result = r;
        TraineeReport t = r.report();
        body.removeAll();
        Div header = new Div(
                new H1("Report: " + r.name()),
                new ExportLinks(
                        "boundary-lab-" + r.name().replaceAll("\\W+", "-"),
                        r::csv,
                        () -> ReportPdf.trainee(t, r.knowledge(), Instant.now())));
        header.addClassName("page-header");
        Article card = new Article(
                stat("Attempts", String.valueOf(t.attempts().size())),
                stat("Score", PointsFormat.outOf(t.score(), t.maxScore())),
                stat(
                        "Kappa against the key",
                        Figures.onFew(Figures.of(t.kappa()), t.attempts().size())),
                stat("Judgments", String.valueOf(r.judgments().size())));
        card.addClassName("report-card");
        Paragraph how = new Paragraph(org.boundarylab.training.AttemptTotal.HOW);
        how.addClassName("hint");
        body.add(header, card, how);
        if (r.judgments().isEmpty()) {
            body.add(new Paragraph("No judgments yet. Take a case from the library and the report fills in."));
            return;
        }
        Div panels = new Div();
        panels.addClassName("small-multiples");
        t.characteristics().forEach((c, s) -> panels.add(panel(c.label(), s)));
        body.add(new H2("Each characteristic"), panels);
        calibration.show(EChart.bars(
                List.of("Guessing", "Fairly sure", "Certain"),
                t.calibration().stream()
                        .map(c -> Double.isNaN(c.accuracy()) ? 0 : Math.round(c.accuracy() * 100))
                        .toList(),
                "% fully right",
                100.0));
        Paragraph calibrationNote = new Paragraph(String.join(
                        "; ",
                        t.calibration().stream()
                                .map(c -> List.of("Guessing", "Fairly sure", "Certain")
                                                .get(c.certainty() - 1) + ": " + c.right() + " of " + c.n()
                                        + " fully right")
                                .toList())
                + ".");
        calibrationNote.addClassName("hint");
        progress.show(EChart.bars(
                t.attempts().stream()
                        .map(a -> a.started() == null ? a.caseTitle() : WHEN.format(a.started()))
                        .toList(),
                t.attempts().stream().map(a -> Math.round(a.fraction() * 100)).toList(),
                "% of maximum",
                null));
        Div charts = new Div(
                new Section(new H2("Calibration"), calibration, calibrationNote),
                new Section(new H2("Progress over time"), progress));
        charts.addClassName("chart-row");
        body.add(charts, attempts(t), judgments(r));
        if (!r.knowledge().isEmpty()) {
            Section checks = new Section(new H2("Knowledge checks"));
            for (var k : r.knowledge()) {
                String title = t.attempts().stream()
                        .filter(a -> a.attempt().equals(k.attempt()))
                        .map(TraineeReport.AttemptRow::caseTitle)
                        .findFirst()
                        .orElse(k.vignetteId());
                Article item = new Article(
                        new H3(title + " \u00b7 " + PointsFormat.outOf(k.score(), k.maxScore()) + " points"),
                        new Paragraph("\u201c" + k.answer() + "\u201d"));
                if (k.scoreBefore() != null) {
                    // what the case taught: the same question before the first segment (not scored) and at the end
                    Paragraph change =
                            new Paragraph("Before the case: " + PointsFormat.outOf(k.scoreBefore(), k.maxScore())
                                    + "; at the end: " + PointsFormat.outOf(k.score(), k.maxScore()) + " ("
                                    + PointsFormat.signed(k.score() - k.scoreBefore()) + ").");
                    change.addClassName("recall-change");
                    item.add(change);
                }
                item.addClassName("judgment-item");
                checks.add(item);
            }
            body.add(checks);
        }
    }

    private Grid<TraineeReport.AttemptRow> attempts(TraineeReport t) {
        Grid<TraineeReport.AttemptRow> grid = new Grid<>();
        grid.addColumn(TraineeReport.AttemptRow::caseTitle).setHeader("Case").setSortable(true);
        grid.addColumn(a -> a.started() == null ? "" : WHEN.format(a.started()))
                .setHeader("Started")
                .setSortable(true);
        grid.addColumn(a -> a.finished() == null ? "not finished" : WHEN.format(a.finished()))
                .setHeader("Finished");
        grid.addColumn(a -> PointsFormat.outOf(a.score(), a.maxScore())).setHeader("Score");
        grid.setItems(t.attempts());
        grid.setAllRowsVisible(true);
        grid.setId("attempt-grid");
        return grid;
    }

    /** Every judgment with its feedback; supervisors can override its score. */
    private Section judgments(Reports.TraineeResult r) {
        Section list = new Section(new H2("Judgments and the feedback received"));
        java.util.Map<Long, CorrectedReading> corrected = corrections.of(
                r.judgments().stream().map(ScoredJudgment::judgmentId).toList());
        int index = 0;
        for (ScoredJudgment j : r.judgments()) {
            Article item = JudgmentCard.of(
                    j,
                    r.assessments().get(j.judgmentId()),
                    r.segments().get(j.judgmentId()),
                    corrected.get(j.judgmentId()));
            if (staff) {
                Button override =
                        new Button("Override score", e -> overrideDialog(j).open());
                override.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                override.setId("override-" + index);
                com.vaadin.flow.component.html.Anchor reading = new com.vaadin.flow.component.html.Anchor(
                        "review/judgment/" + j.judgmentId(), "Correct the reading");
                reading.setId("correct-reading-" + index);
                item.add(override, reading);
            }
            list.add(item);
            index++;
        }
        return list;
    }

    private Dialog overrideDialog(ScoredJudgment j) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Override the score of " + j.item().label());
        NumberField score = new NumberField("New score (the rule base gave " + PointsFormat.of(j.ruleScore()) + ")");
        score.setStep(0.25);
        // the bounds the rule base recorded with the judgment; the service holds an override to them too
        score.setMin(j.minScore());
        score.setMax(j.maxScore());
        score.setHelperText("Between " + PointsFormat.of(j.minScore()) + " and " + PointsFormat.of(j.maxScore()) + ".");
        score.setValue(j.score());
        score.setId("override-score");
        // the field's own range check turns it red: it must also say why
        String range = "Give a score between " + PointsFormat.of(j.minScore()) + " and " + PointsFormat.of(j.maxScore())
                + ", in quarter points.";
        score.setErrorMessage(range);
        TextArea comment = new TextArea("Why (the trainee sees this)");
        comment.setMaxLength(Reports.MAX_COMMENT);
        comment.setWidthFull();
        comment.setId("override-comment");
        comment.setRequiredIndicatorVisible(true);
        comment.setErrorMessage("Say why you change the score; the trainee reads it.");
        comment.addValueChangeListener(e -> comment.setInvalid(false));
        Div history = new Div();
        reports.overrideHistory(j.judgmentId())
                .forEach(e -> history.add(new Paragraph(WHEN.format(e.at()) + " " + e.actor() + ": " + e.detail())));
        if (history.getComponentCount() > 0) {
            history.addComponentAsFirst(new H3("Earlier changes"));
        }
        Button save = new Button("Save override", e -> {
            // both fields checked at once, each message beside its field; the service checks again
            boolean scoreWrong = score.getValue() == null
                    || score.getValue() < j.minScore()
                    || score.getValue() > j.maxScore()
                    || Math.abs(score.getValue() * 4 - Math.rint(score.getValue() * 4)) > 1e-9;
            boolean commentMissing = comment.getValue().isBlank();
            score.setErrorMessage(range);
            score.setInvalid(scoreWrong);
            comment.setInvalid(commentMissing);
            if (scoreWrong || commentMissing) {
                (scoreWrong ? score : comment).focus();
                return;
            }
            try {
                reports.override(
                        j.judgmentId(), score.getValue() == null ? Double.NaN : score.getValue(), comment.getValue());
                d.close();
                Notification.show("Score changed; the audit trail records it.");
                OffLock.load(this, () -> reports.trainee(result.traineeId()), this::show, this::refused);
            } catch (IllegalArgumentException ex) {
                // the service says which field is wrong ("Score: ..." or "Comment: ...")
                boolean aboutScore = ex.getMessage() != null && ex.getMessage().startsWith("Score:");
                var field = aboutScore ? score : comment;
                String advice = ex.getMessage() == null ? "" : ex.getMessage().replaceFirst("^(Score|Comment): ", "");
                field.setErrorMessage(
                        advice.isEmpty() ? advice : Character.toUpperCase(advice.charAt(0)) + advice.substring(1));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-override");
        // what the trainee did, so the new score is judged on it and not on the feedback alone
        Div did = JudgmentCard.judgment(
                j, result.assessments().get(j.judgmentId()), result.segments().get(j.judgmentId()));
        d.add(new Div(did, score, comment, history));
        d.setWidth("min(48rem, 96vw)");
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        return d;
    }

    private static Div panel(String label, SignalCounts s) {
        Div p = new Div(
                new H3(label),
                new Paragraph("Sensitivity " + Figures.percent(s.sensitivity()) + " \u00b7 specificity "
                        + Figures.percent(s.specificity())),
                new Paragraph("Hits " + s.hits() + ", misses " + s.misses() + ", false alarms " + s.falseAlarms()
                        + ", correct rejections " + s.correctRejections()),
                new Paragraph("Kappa " + Figures.of(s.kappa())));
        p.addClassName("signal-panel");
        return p;
    }

    private static Div stat(String label, String value) {
        return org.boundarylab.base.ui.Stat.of(label, value);
    }
}
