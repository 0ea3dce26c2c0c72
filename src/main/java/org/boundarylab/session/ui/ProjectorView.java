package org.boundarylab.session.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.boundarylab.account.Role;
import org.boundarylab.session.Dashboard;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionEvents;
import org.boundarylab.session.SessionState;

/**
 * What the room sees on the projector: the segment in very large type and, beside it, how the room
 * judged it (bars with counts, names that fit); after the reveal the key and the explanation under
 * the segment, and the reasonings the supervisor picked, without names, beside the room's answers.
 * No trainee's name appears. Sized to the screen (1920×1080 down to 1280×720): it fills the height
 * and never scrolls. It has no app layout around it.
 */
@Route(value = "sessions/:sessionId/projector", autoLayout = false)
@PageTitle("Projector · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class ProjectorView extends Main implements BeforeEnterObserver {

    private final LiveSessions sessions;
    private final SessionEvents events;
    private final JoinAddress address;
    final Paragraph join = new Paragraph();
    final H1 where = new H1();
    final Paragraph status = new Paragraph();
    final Paragraph text = new Paragraph();
    final RoomChart chart = new RoomChart();
    final Div reveal = new Div();
    final Section picked = new Section();
    private final H2 roomHeading = new H2("The room's answers");
    private final Section left = new Section();
    private final Section right = new Section();
    private boolean arrangedForDiscussion;
    LiveUpdates.Follower<Dashboard> follower;
    Dashboard current;
    private String base = "/";

    public ProjectorView(LiveSessions sessions, SessionEvents events, JoinAddress address) {
        this.sessions = sessions;
        this.events = events;
        this.address = address;
        addClassName("projector-page");
        where.addClassName("projector-where");
        join.addClassName("projector-join");
        join.setId("projector-join");
        status.addClassName("projector-status");
        status.setId("projector-status");
        status.getElement().setAttribute("role", "status");
        text.addClassName("projector-text");
        text.setId("projector-text");
        reveal.addClassName("projector-reveal");
        picked.addClassName("projector-picked");
        picked.setId("projector-picked");
        picked.getElement().setAttribute("aria-label", "Reasonings from the room");
        roomHeading.addClassName("projector-room-heading");
        Div top = new Div(where, status, join);
        top.addClassName("projector-top");
        left.addClassName("projector-segment");
        left.getElement().setAttribute("aria-label", "The segment");
        right.addClassName("projector-room");
        right.getElement().setAttribute("aria-label", "The room");
        arrange(false);
        Div body = new Div(left, right);
        body.addClassName("projector-body");
        add(top, body);
    }

    /**
     * Before a discussion: the segment and, once revealed, the key on the left, the room's answers on
     * the right. During one: the picked reasonings under the segment, the answers beside them and the
     * key under the answers, so both columns fit the screen.
     */
    private void arrange(boolean discussing) {
        left.removeAll();
        right.removeAll();
        if (discussing) {
            left.add(text, picked);
            right.add(roomHeading, chart, reveal);
        } else {
            left.add(text, reveal);
            right.add(roomHeading, chart);
        }
        arrangedForDiscussion = discussing;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        base = address.base();
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

    /** Under the UI lock: only sets what the picture (read off the lock) says, and only what changed. */
    void show(Dashboard d) {
        Dashboard before = current;
        current = d;
        SessionState state = d.session().state();
        if (before == null || !before.session().code().equals(d.session().code())) {
            join.removeAll();
            d.session().code().ifPresent(code -> {
                Span page = new Span(JoinAddress.joinPage(base).replaceFirst("^https?://", ""));
                page.addClassName("projector-address");
                Span codeText = new Span(code);
                codeText.addClassName("projector-code");
                join.add(new Span("Join at "), page, new Span(" · code "), codeText);
            });
        }
        Changes.text(
                status, state == SessionState.PAUSED ? "Paused" : state == SessionState.CLOSED ? "Session closed" : "");
        Changes.text(where, d.vignetteTitle() + " · " + d.whereTheRoomIs());
        Changes.text(text, d.focus().text());
        chart.show(d.distribution(), d.focus().key(), d.revealed());
        boolean sameSegment = before != null
                && before.focus().id().equals(d.focus().id())
                && before.session().focusVignette() == d.session().focusVignette();
        if (!sameSegment || before.revealed() != d.revealed()) {
            reveal.removeAll();
            if (d.revealed()) {
                reveal.add(new RevealedKey(d.focus()));
            }
        }
        if (!sameSegment || !before.shown().equals(d.shown())) {
            showPicked(d.shown());
        }
        if (arrangedForDiscussion != !d.shown().isEmpty()) {
            arrange(!d.shown().isEmpty());
        }
        getElement().getClassList().set("revealed", d.revealed());
        getElement().getClassList().set("discussing", !d.shown().isEmpty());
    }

    private void showPicked(java.util.List<Dashboard.Reasoning> shown) {
        picked.removeAll();
        picked.setVisible(!shown.isEmpty());
        if (shown.isEmpty()) {
            return;
        }
        H2 heading = new H2("From the room");
        heading.addClassName("projector-picked-heading");
        picked.add(heading);
        for (Dashboard.Reasoning r : shown) {
            Span marks = new Span("Marked: " + DiscussionPanel.marked(r.marked()));
            marks.addClassName("picked-marks");
            Paragraph words = new Paragraph(marks, new Span(" \u201C" + r.rationale() + "\u201D"));
            words.addClassName("picked-text");
            Article card = new Article(words);
            card.addClassName("picked-reasoning");
            picked.add(card);
        }
    }
}
