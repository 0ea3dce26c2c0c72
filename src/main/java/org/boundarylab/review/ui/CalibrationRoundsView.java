package org.boundarylab.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.review.CalibrationRound;
import org.boundarylab.review.CalibrationRounds;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.vignette.VignetteCatalog;

/** Calibration rounds: the ones the caller started or is invited to, and a button to start one. */
@Menu(title = "Calibration", order = 100, icon = "vaadin:scale")
@Route("review/calibration")
@PageTitle("Calibration · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class CalibrationRoundsView extends Main {

    final Button newRound = new Button("New calibration round");
    final Div list = new Div();

    public CalibrationRoundsView(
            CalibrationRounds rounds, LiveSessions sessions, VignetteCatalog catalog, CurrentUser currentUser) {
        addClassName("page");
        long me = currentUser.require().id();
        newRound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRound.setId("new-round");
        newRound.addClickListener(e -> new NewRoundDialog(
                        rounds, sessions.mine(), catalog.libraryIncludingRetired(), me, started -> getUI().ifPresent(
                                        ui -> ui.navigate("review/calibration/" + started.id())))
                .open());
        Div header = new Div(new H1("Calibration"), newRound);
        header.addClassName("page-header");
        Paragraph lead =
                new Paragraph("A panel of supervisors reads the same judgments, blind and without names, and says what "
                        + "each reasoning describes and whether the feedback was fair. When the round closes, its report shows how far "
                        + "the panel agrees with itself and with the rule base.");
        lead.addClassName("lead");
        list.addClassName("session-list");
        List<CalibrationRound> mine = rounds.mine();
        if (mine.isEmpty()) {
            Paragraph empty =
                    new Paragraph("No rounds yet: start one over a sample of a session's or a case's judgments.");
            empty.addClassName("empty-state");
            list.add(empty);
        }
        mine.forEach(r -> list.add(card(r, me)));
        add(header, lead, new Section(new H2("Your rounds"), list));
    }

    static Span stateBadge(CalibrationRound r) {
        Span state = new Span(r.open() ? "Open" : "Closed");
        state.addClassNames("state-badge", r.open() ? "state-open" : "state-closed");
        return state;
    }

    private static Article card(CalibrationRound r, long me) {
        Paragraph meta = new Paragraph(r.source() + " \u00b7 " + r.items() + " judgments \u00b7 started by "
                + r.startedByName() + ", " + Words.WHEN.format(r.createdAt()));
        meta.addClassName("hint");
        Paragraph progress = new Paragraph(r.raters().stream()
                .map(x -> x.name() + " " + x.read() + " of " + r.items())
                .collect(Collectors.joining(" \u00b7 ")));
        Div actions = new Div();
        actions.addClassName("message-actions");
        if (r.open() && r.invited(me)) {
            Anchor read = new Anchor("review/calibration/" + r.id() + "/read", "Read");
            read.addClassNames("button-link", "primary");
            actions.add(read);
        }
        Anchor report = new Anchor("review/calibration/" + r.id(), r.open() ? "Progress" : "Report");
        report.addClassName("button-link");
        actions.add(report);
        Article card = new Article(stateBadge(r), new H2(r.name()), meta, progress, actions);
        card.addClassName("session-card");
        return card;
    }
}
