package org.boundarylab.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.LongFunction;
import org.boundarylab.account.Role;
import org.boundarylab.session.Dashboard;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionEvents;
import org.boundarylab.session.SessionException;
import org.boundarylab.session.SessionState;

/**
 * The supervisor's live dashboard: the join code, the controls, where the room is, how it judged
 * the current segment, and each trainee's progress; all updating by server push as answers arrive.
 */
@Route("sessions/:sessionId")
@PageTitle("Live session · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class SessionDashboardView extends Main implements BeforeEnterObserver {

    private final LiveSessions sessions;
    private final SessionEvents events;
    private final H1 title = new H1();
    private final Div status = new Div();
    final Span code = new Span();
    private final Div controls = new Div();
    final Paragraph where = new Paragraph();
    private final Paragraph segmentText = new Paragraph();
    final RoomChart chart = new RoomChart();
    private final Div reveal = new Div();
    final Grid<Dashboard.TraineeRow> trainees = new Grid<>();
    Dashboard current;
    private long sessionId;

    public SessionDashboardView(LiveSessions sessions, SessionEvents events) {
        this.sessions = sessions;
        this.events = events;
        addClassNames("page", "dashboard-page");
        code.addClassName("join-code-big");
        code.setId("dashboard-code");
        Div header = new Div(new Div(title, status), new Div(new Span("Join code"), code, fullScreenCodeButton()));
        header.addClassName("dashboard-header");
        controls.addClassName("toolbar");
        segmentText.addClassName("segment-text");
        where.addClassName("progress-text");
        where.setId("room-position");
        Section room = new Section(new H2("The room now"), where, segmentText, chart, reveal);
        room.addClassName("room-panel");
        trainees.addColumn(Dashboard.TraineeRow::name).setHeader("Trainee").setFlexGrow(1).setSortable(true)
                .setComparator(Dashboard.TraineeRow::name);
        trainees.addColumn(Dashboard.TraineeRow::position).setHeader("Where").setFlexGrow(1);
        trainees.addColumn(r -> r.answeredFocus() ? "\u2714 answered" : "\u2014 not yet").setHeader("This segment")
                .setWidth("9.5rem").setFlexGrow(0);
        trainees.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        trainees.setAllRowsVisible(true);
        trainees.setId("trainee-grid");
        Section cohort = new Section(new H2("Trainees"), trainees);
        cohort.addClassName("cohort-panel");
        Div columns = new Div(room, cohort);
        columns.addClassName("dashboard-columns");
        add(header, controls, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        LiveUpdates.followDashboard(this, sessions, events, sessionId, this::show);
    }

    void refresh() {
        show(sessions.dashboard(sessionId));
    }

    private void show(Dashboard d) {
        current = d;
        LiveSession s = current.session();
        title.setText(s.name());
        status.removeAll();
        status.add(SessionsView.stateBadge(s.state()), new Span(" " + s.mode().label() + " feedback"));
        code.setText(s.code().orElse("closed"));
        where.setText(current.vignetteTitle() + " · " + current.whereTheRoomIs());
        segmentText.setText(current.focus().text());
        chart.show(current.distribution(), current.focus().key(), current.revealed());
        reveal.removeAll();
        if (current.revealed()) {
            reveal.add(new RevealedKey(current.focus()));
        }
        trainees.setItems(current.trainees());
        renderControls(s);
    }

    private void renderControls(LiveSession s) {
        controls.removeAll();
        boolean closed = s.state() == SessionState.CLOSED;
        Button revealButton = action("Reveal the key", VaadinIcon.EYE, sessions::reveal);
        revealButton.setId("reveal");
        revealButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revealButton.setEnabled(!current.revealed() && !closed);
        Button previous = action("Previous segment", VaadinIcon.ARROW_LEFT, sessions::previous);
        previous.setEnabled(!current.atFirstSegment() && !closed);
        Button next = action("Next segment", VaadinIcon.ARROW_RIGHT, sessions::next);
        next.setId("next-room-segment");
        next.setEnabled(!current.atLastSegment() && !closed);
        Button pause = s.state() == SessionState.PAUSED ? action("Resume", VaadinIcon.PLAY, sessions::resume)
                : action("Pause", VaadinIcon.PAUSE, sessions::pause);
        pause.setEnabled(!closed);
        Button close = closed ? action("Reopen", VaadinIcon.UNLOCK, sessions::reopen)
                : action("Close session", VaadinIcon.LOCK, sessions::close);
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Anchor projector = new Anchor("sessions/" + sessionId + "/projector", "Open the projector view");
        projector.setTarget(AnchorTarget.BLANK);
        projector.addClassName("button-link");
        Anchor report = new Anchor("reports/session/" + sessionId, "Cohort report");
        report.addClassName("button-link");
        controls.add(revealButton, previous, next, pause, close, projector, report);
    }

    private Button action(String label, VaadinIcon icon, LongFunction<LiveSession> call) {
        return new Button(label, icon.create(), e -> {
            try {
                call.apply(sessionId);
            } catch (SessionException ex) {
                Notification.show(ex.getMessage());
            }
            refresh();
        });
    }

    private Button fullScreenCodeButton() {
        Button show = new Button("Show full screen", VaadinIcon.EXPAND_SQUARE.create(), e -> {
            Dialog dialog = new Dialog();
            dialog.addClassName("code-dialog");
            dialog.setSizeFull();
            Span big = new Span(code.getText());
            big.addClassName("join-code-huge");
            Paragraph how = new Paragraph("Sign in to Boundary Lab, open Live sessions and type this code.");
            dialog.add(new Div(how, big));
            dialog.getFooter().add(new Button("Close", c -> dialog.close()));
            dialog.open();
        });
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return show;
    }
}
