package org.boundarylab.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * What the room sees on the projector: the segment in very large type and how the room judged it,
 * with no trainee's name; the key and the explanation appear only when the supervisor reveals them.
 * It has no app layout around it, so it fills the screen.
 */
@Route(value = "sessions/:sessionId/projector", autoLayout = false)
@PageTitle("Projector · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class ProjectorView extends Main implements BeforeEnterObserver {

    private final LiveSessions sessions;
    private final SessionEvents events;
    final Span code = new Span();
    final Paragraph where = new Paragraph();
    final Paragraph text = new Paragraph();
    final RoomChart chart = new RoomChart();
    final Div reveal = new Div();
    private long sessionId;

    public ProjectorView(LiveSessions sessions, SessionEvents events) {
        this.sessions = sessions;
        this.events = events;
        addClassName("projector-page");
        code.addClassName("projector-code");
        where.addClassName("projector-where");
        text.addClassName("projector-text");
        Div top = new Div(where, code);
        top.addClassName("projector-top");
        Div body = new Div(text, chart);
        body.addClassName("projector-body");
        add(top, body, reveal);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        LiveUpdates.followDashboard(this, sessions, events, sessionId, this::show);
    }

    private void show(Dashboard d) {
        code.setText(d.session().code().map(c -> "Join: " + c).orElse("Session closed"));
        where.setText(d.vignetteTitle() + " · " + d.whereTheRoomIs());
        text.setText(d.focus().text());
        chart.show(d.distribution(), d.focus().key(), d.revealed());
        reveal.removeAll();
        if (d.revealed()) {
            reveal.add(new RevealedKey(d.focus()));
        }
    }
}
