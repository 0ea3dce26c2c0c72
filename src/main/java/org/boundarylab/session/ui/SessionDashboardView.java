package org.boundarylab.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import java.util.function.LongConsumer;
import org.boundarylab.account.Role;
import org.boundarylab.session.Dashboard;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionEvents;
import org.boundarylab.session.SessionState;

/**
 * The supervisor's live dashboard: the join code (full screen with the address and a QR code),
 * the controls, where the room is, how it judged the current segment, each trainee's progress and,
 * after the reveal, the room's reasonings to pick for the discussion; all following the session by
 * server push. Actions run off the UI lock and come back as the session's events, like everyone
 * else's screens; the ones that cannot be taken back ask first.
 */
@Route("sessions/:sessionId")
@PageTitle("Live session · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class SessionDashboardView extends Main implements BeforeEnterObserver {

    private final LiveSessions sessions;
    private final SessionEvents events;
    private final JoinAddress address;
    private final H1 title = new H1();
    private final Div status = new Div();
    final Span code = new Span();
    final Paragraph codeNote = new Paragraph();
    final Button fullScreen = new Button("Show full screen", VaadinIcon.EXPAND_SQUARE.create());
    final Button reveal = new Button("Reveal the key", VaadinIcon.EYE.create());
    final Button previous = new Button("Previous segment", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next segment", VaadinIcon.ARROW_RIGHT.create());
    final Button pause = new Button("Pause", VaadinIcon.PAUSE.create());
    final Button close = new Button("Close session", VaadinIcon.LOCK.create());
    final Paragraph controlsHint = new Paragraph();
    final Paragraph where = new Paragraph();
    private final Paragraph segmentText = new Paragraph();
    final RoomChart chart = new RoomChart();
    private final Div revealBox = new Div();
    final DiscussionPanel discussion;
    final Grid<Dashboard.TraineeRow> trainees = new Grid<>();
    final Paragraph noTrainees = new Paragraph(
            "No one has joined yet. Show the code to the room with “Show full screen”: trainees type it under Live sessions, "
                    + "or scan the QR code beside it.");
    Dashboard current;
    ConfirmDialog confirming;
    LiveUpdates.Follower<Dashboard> follower;
    private long sessionId;
    private String base = "/";

    public SessionDashboardView(LiveSessions sessions, SessionEvents events, JoinAddress address) {
        this.sessions = sessions;
        this.events = events;
        this.address = address;
        addClassNames("page", "dashboard-page");
        discussion = new DiscussionPanel((judgment, show) -> act(id -> sessions.discuss(id, judgment, show)));
        code.addClassName("join-code-big");
        code.setId("dashboard-code");
        codeNote.addClassName("hint");
        codeNote.setId("dashboard-code-note");
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fullScreen.setId("show-join-full-screen");
        fullScreen.addClickListener(e -> new JoinDialog(
                        current.session().name(), current.session().code().orElse(""), base)
                .open());
        Span codeLabel = new Span("Join code");
        codeLabel.addClassName("field-label");
        Div join = new Div(codeLabel, code, codeNote, fullScreen);
        join.addClassName("dashboard-join");
        status.addClassName("dashboard-status");
        Div header = new Div(new Div(title, status), join);
        header.addClassName("dashboard-header");

        reveal.setId("reveal");
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(e -> askToReveal());
        previous.setId("previous-room-segment");
        previous.addClickListener(e -> act(sessions::previous));
        next.setId("next-room-segment");
        next.addClickListener(e -> act(sessions::next));
        pause.setId("pause-session");
        pause.addClickListener(
                e -> act(current.session().state() == SessionState.PAUSED ? sessions::resume : sessions::pause));
        close.setId("close-session");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(e -> askToCloseOrReopen());
        Anchor projector = new Anchor("", "Open the projector view");
        projector.setTarget(AnchorTarget.BLANK);
        projector.addClassName("button-link");
        projector.setId("open-projector");
        Anchor report = new Anchor("", "Cohort report");
        report.addClassName("button-link");
        report.setId("open-report");
        Div links = new Div(projector, report);
        links.addClassName("toolbar-links");
        Div controls = new Div(reveal, previous, next, pause, close, links);
        controls.addClassName("toolbar");
        controls.getElement().setAttribute("role", "group");
        controls.getElement().setAttribute("aria-label", "Run the session");
        controlsHint.addClassName("hint");
        controlsHint.setId("controls-hint");

        segmentText.addClassName("segment-text");
        where.addClassName("progress-text");
        where.setId("room-position");
        Section room = new Section(new H2("The room now"), where, segmentText, chart, revealBox);
        room.addClassName("room-panel");
        trainees.addColumn(Dashboard.TraineeRow::name)
                .setHeader("Trainee")
                .setFlexGrow(1)
                .setSortable(true)
                .setComparator(Dashboard.TraineeRow::name);
        trainees.addColumn(Dashboard.TraineeRow::position).setHeader("Where").setFlexGrow(3);
        trainees.addColumn(r -> r.answeredFocus() ? "\u2714 answered" : "\u2014 not yet")
                .setHeader("This segment")
                .setWidth("8rem")
                .setFlexGrow(0);
        trainees.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        trainees.setAllRowsVisible(true);
        trainees.setId("trainee-grid");
        noTrainees.addClassName("empty-state");
        noTrainees.setId("no-trainees");
        Section cohort = new Section(new H2("Trainees"), noTrainees, trainees);
        cohort.addClassName("cohort-panel");
        Div side = new Div(discussion, cohort);
        side.addClassName("dashboard-side");
        Div columns = new Div(room, side);
        columns.addClassName("dashboard-columns");
        add(header, controls, controlsHint, columns);
        // links need the id; set in beforeEnter
        this.projectorLink = projector;
        this.reportLink = report;
    }

    private final Anchor projectorLink;
    private final Anchor reportLink;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        base = address.base();
        projectorLink.setHref("sessions/" + sessionId + "/projector");
        reportLink.setHref("reports/session/" + sessionId);
        if (follower != null) {
            follower.cancel();
        }
        follower = LiveUpdates.followAndShow(
                this,
                event.getUI(),
                events,
                sessionId,
                SessionEvents.Kind.ALL,
                () -> sessions.dashboard(sessionId),
                Dashboard::version,
                this::show);
    }

    /** Under the UI lock: only sets what the picture says (it was read off the lock), and only what changed. */
    void show(Dashboard d) {
        Dashboard before = current;
        current = d;
        LiveSession s = d.session();
        boolean closed = s.state() == SessionState.CLOSED;
        Changes.text(title, s.name());
        if (before == null || before.session().state() != s.state()) {
            status.removeAll();
            status.add(
                    SessionsView.stateBadge(s.state()), new Span(" " + s.mode().label() + " feedback"));
        }
        Changes.text(code, s.code().orElse(""));
        Changes.visible(code, !closed);
        Changes.text(
                codeNote, closed ? "The code expired when the session closed. Reopen the session for a new one." : "");
        Changes.visible(codeNote, closed);
        Changes.enabled(fullScreen, !closed);
        Changes.text(where, d.vignetteTitle() + " · " + d.whereTheRoomIs());
        Changes.text(segmentText, d.focus().text());
        chart.show(d.distribution(), d.focus().key(), d.revealed());
        boolean sameSegment = before != null
                && before.focus().id().equals(d.focus().id())
                && before.session().focusVignette() == s.focusVignette();
        if (!sameSegment || before.revealed() != d.revealed()) {
            revealBox.removeAll();
            if (d.revealed()) {
                revealBox.add(new RevealedKey(d.focus()));
            }
        }
        if (!sameSegment
                || before.revealed() != d.revealed()
                || !before.reasonings().equals(d.reasonings())) {
            discussion.show(d);
        }
        if (before == null || !before.trainees().equals(d.trainees())) {
            trainees.setItems(d.trainees());
        }
        Changes.visible(trainees, !d.trainees().isEmpty());
        Changes.visible(noTrainees, d.trainees().isEmpty());
        renderControls(d, before);
    }

    private void renderControls(Dashboard d, Dashboard before) {
        LiveSession s = d.session();
        boolean closed = s.state() == SessionState.CLOSED;
        boolean paused = s.state() == SessionState.PAUSED;
        boolean nobodyAnswered = d.distribution().answered() == 0;
        Changes.enabled(reveal, !d.revealed() && !closed && !nobodyAnswered);
        Changes.text(reveal, d.revealed() ? "Key revealed" : "Reveal the key");
        Changes.enabled(previous, !d.atFirstSegment() && !closed);
        Changes.enabled(next, !d.atLastSegment() && !closed);
        if (before == null || before.session().state() != s.state()) {
            pause.setText(paused ? "Resume" : "Pause");
            pause.setIcon((paused ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
            close.setText(closed ? "Reopen" : "Close session");
            close.setIcon((closed ? VaadinIcon.UNLOCK : VaadinIcon.LOCK).create());
        }
        Changes.enabled(pause, !closed);
        Changes.text(
                controlsHint,
                closed
                        ? "The session is closed: trainees can read their answers but not add to them."
                        : paused
                                ? "Paused: every trainee's screen is held where it was, with what they typed."
                                : d.revealed()
                                        ? "The key is shown. Pick reasonings to discuss, then move the room on."
                                        : nobodyAnswered
                                                ? "Reveal opens once someone has answered this segment."
                                                : d.distribution().answered() + " of "
                                                        + d.distribution().joined() + " who joined have answered.");
    }

    /** Reveal at once when everyone who joined has answered; otherwise ask, since it cannot be taken back. */
    private void askToReveal() {
        int answered = current.distribution().answered();
        int joined = current.distribution().joined();
        if (answered >= joined) {
            act(sessions::reveal);
            return;
        }
        confirm(
                "confirm-reveal",
                "Reveal before everyone has answered?",
                answered + " of " + joined
                        + " trainees who joined have answered this segment. The others will see the key before they answer, "
                        + "and it cannot be hidden again.",
                "Reveal now",
                "Wait",
                false,
                () -> act(sessions::reveal));
    }

    private void askToCloseOrReopen() {
        if (current.session().state() == SessionState.CLOSED) {
            confirm(
                    "confirm-reopen",
                    "Reopen the session?",
                    "It opens under a new join code (the old one stays expired). "
                            + "Trainees carry on where they were.",
                    "Reopen",
                    "Cancel",
                    false,
                    () -> act(sessions::reopen));
        } else {
            confirm(
                    "confirm-close",
                    "Close the session?",
                    "Trainees can no longer answer, and the code "
                            + current.session().code().orElse("")
                            + " stops working. Everything submitted is kept; you can reopen "
                            + "the session later under a new code.",
                    "Close session",
                    "Keep it open",
                    true,
                    () -> act(sessions::close));
        }
    }

    private void confirm(String id, String header, String text, String yes, String no, boolean danger, Runnable onYes) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, yes, e -> onYes.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.setCancelText(no);
        if (danger) {
            dialog.setConfirmButtonTheme("error primary");
        }
        confirming = dialog;
        dialog.open();
    }

    /** The action runs off the lock; the screen changes when the session's event comes back. */
    private void act(LongConsumer action) {
        UI ui = UI.getCurrent();
        long id = sessionId;
        LiveUpdates.act(ui, () -> action.accept(id), Notification::show);
    }
}
