package org.boundarylab.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.report.Figures;
import org.boundarylab.review.CalibrationReport;
import org.boundarylab.review.CalibrationRound;
import org.boundarylab.review.CalibrationRounds;
import org.springframework.security.access.AccessDeniedException;

/**
 * A calibration round: while open, who has read how much (and, for its starter, Close); once closed,
 * the report: kappas between the raters and against the rule base, the items to discuss, and the
 * panel's readings against the rule base with Accept.
 */
@Route("review/calibration/:roundId")
@PageTitle("Calibration round · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class CalibrationReportView extends Main implements BeforeEnterObserver {

    /** Below this many items, kappas swing with every reading: the report says so. */
    static final int FEW_ITEMS = 10;

    private final CalibrationRounds rounds;
    private final CurrentUser currentUser;
    final Div body = new Div();
    CalibrationRound round;
    CalibrationReport report;

    public CalibrationReportView(CalibrationRounds rounds, CurrentUser currentUser) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        addClassNames("page", "report-page");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(rounds.round(
                    Long.parseLong(event.getRouteParameters().get("roundId").orElse(""))));
        } catch (NumberFormatException | AccessDeniedException e) {
            body.removeAll();
            body.add(
                    new H1("Round not available"),
                    new Paragraph("You neither started this round nor were invited to it. See Calibration."));
        }
    }

    void show(CalibrationRound r) {
        round = r;
        report = r.open() ? null : rounds.report(r.id());
        body.removeAll();
        Div title = new Div(new H1("Calibration: " + r.name()), CalibrationRoundsView.stateBadge(r));
        title.addClassName("round-title");
        Paragraph meta = new Paragraph(r.source() + " \u00b7 " + r.items() + " judgments, names hidden \u00b7 seed "
                + r.seed() + " \u00b7 started by " + r.startedByName() + ", " + Words.WHEN.format(r.createdAt()));
        meta.addClassName("hint");
        body.add(title, meta);
        if (r.open()) {
            showProgress(r);
        } else {
            showReport(report);
        }
    }

    private boolean runsIt() {
        var me = currentUser.require();
        return me.role() == Role.ADMIN || round.startedBy() == me.id();
    }

    private void showProgress(CalibrationRound r) {
        UnorderedList raters = new UnorderedList();
        r.raters().forEach(x -> raters.add(new ListItem(x.name() + ": read " + x.read() + " of " + r.items())));
        Paragraph blind =
                new Paragraph("No one sees anyone's readings until the round is closed; then the report opens here.");
        blind.addClassName("hint");
        Div actions = new Div();
        actions.addClassName("message-actions");
        if (r.invited(currentUser.require().id())) {
            Anchor read = new Anchor("review/calibration/" + r.id() + "/read", "Read");
            read.addClassNames("button-link", "primary");
            actions.add(read);
        }
        if (runsIt()) {
            Button close = new Button("Close the round", e -> confirmClose());
            close.setId("close-round");
            actions.add(close);
        }
        body.add(new Section(new H2("Who has read"), raters, blind, actions));
    }

    private void confirmClose() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Close the round?",
                "The raters can read no more, and everyone in the round "
                        + "sees everyone's readings in the report. This cannot be undone.",
                "Close the round",
                e -> {
                    rounds.close(round.id());
                    show(rounds.round(round.id()));
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void showReport(CalibrationReport rep) {
        Article card = new Article(
                stat("Raters", String.valueOf(rep.raters().size())),
                stat(
                        "Judgments read by all",
                        rep.fleissItems() + " of " + rep.round().items()),
                stat("Feedback called fair", Figures.percent(rep.fairShare())));
        card.addClassName("report-card");
        body.add(card);
        if (rep.fleissItems() < FEW_ITEMS) {
            Paragraph few = new Paragraph("Few judgments: with fewer than " + FEW_ITEMS
                    + " read by everyone, each reading moves " + "these kappas a lot. Read them as a first look.");
            few.addClassName("notice-bad");
            body.add(few);
        }
        body.add(new Section(
                new H2("Agreement between the raters"),
                hint(
                        "Fleiss' kappa over the whole panel and Cohen's kappa "
                                + "for each pair: 1 is full agreement, 0 what chance would give, n/a where everyone said the same every time."),
                KappaTable.betweenRaters(rep)));
        body.add(new Section(
                new H2("Each rater against the rule base's reading"),
                hint("Cohen's kappa of each rater's ticks " + "against what the rule base read in the same reasoning."),
                KappaTable.againstRuleBase(rep)));
        body.add(discussion(rep));
        body.add(panelReadings(rep));
    }

    private Section discussion(CalibrationReport rep) {
        Section s = new Section(new H2("Where the raters disagreed most"));
        s.setId("discussion");
        if (rep.disagreements().isEmpty()) {
            s.add(emptyState("The raters read every judgment alike."));
        }
        for (CalibrationReport.Disagreement d : rep.disagreements()) {
            Article item = new Article(
                    new H3("Judgment " + d.position() + " \u00b7 " + d.caseTitle() + " \u00b7 segment "
                            + d.segmentNumber()),
                    reasoning(d.rationale()),
                    facts("The rule base read: " + Words.reading(d.ruleReading())));
            UnorderedList readings = new UnorderedList();
            d.readings()
                    .forEach(x -> readings.add(new ListItem(
                            x.rater() + ": " + Words.reading(x.reading()).toLowerCase(Locale.ROOT)
                                    + (x.fair() == null ? "" : x.fair() ? "; feedback fair" : "; feedback not fair"))));
            item.add(readings);
            item.addClassName("judgment-item");
            s.add(item);
        }
        return s;
    }

    private Section panelReadings(CalibrationReport rep) {
        Section s = new Section(new H2("Where the panel read otherwise than the rule base"));
        s.setId("panel-readings");
        if (rep.panelReadings().isEmpty()) {
            s.add(emptyState("On no judgment did the whole panel agree against the rule base."));
            return s;
        }
        for (CalibrationReport.PanelReading p : rep.panelReadings()) {
            Article item = new Article(
                    new H3("Judgment " + p.position() + " \u00b7 " + p.caseTitle() + " \u00b7 segment "
                            + p.segmentNumber()),
                    reasoning(p.rationale()),
                    facts("The rule base read " + Words.reading(p.ruleReading()).toLowerCase(Locale.ROOT) + "; all "
                            + p.raters()
                            + " raters read " + Words.reading(p.panelReading()).toLowerCase(Locale.ROOT)
                            + (p.inForce() ? ". In force as a reading correction." : ".")));
            item.addClassName("judgment-item");
            s.add(item);
        }
        if (!rep.acceptable().isEmpty() && runsIt()) {
            Button accept = new Button(
                    "Accept " + rep.acceptable().size() + (rep.acceptable().size() == 1 ? " reading" : " readings")
                            + " as reading corrections",
                    e -> {
                        int n = rounds.accept(round.id());
                        Notification.show(n + (n == 1 ? " reading correction" : " reading corrections")
                                + " saved; the trainees see the feedback given again.");
                        show(rounds.round(round.id()));
                    });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("accept-panel-readings");
            s.add(
                    hint(
                            "Each becomes a reading correction in your name, with a comment naming this round; the trainee sees "
                                    + "the feedback given again for it."),
                    accept);
        }
        return s;
    }

    private static Paragraph reasoning(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("reasoning");
        return p;
    }

    private static Paragraph facts(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("facts");
        return p;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    private static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }

    private static Div stat(String label, String value) {
        return org.boundarylab.base.ui.Stat.of(label, value);
    }
}
