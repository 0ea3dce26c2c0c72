package org.boundarylab.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boundarylab.account.AccountService;
import org.boundarylab.account.Role;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionException;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.session.SessionState;
import org.boundarylab.vignette.VignetteCatalog;

/** Live sessions: trainees join with a code; supervisors create sessions and open their dashboards. */
@Menu(title = "Live sessions", order = 30, icon = "vaadin:presentation")
@Route("sessions")
@PageTitle("Live sessions · Boundary Lab")
@PermitAll
public class SessionsView extends Main implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());
    final TextField code = new TextField("Join code");
    final Button join = new Button("Join");
    final Div running = new Div();

    public SessionsView(
            SessionParticipation participation,
            LiveSessions sessions,
            VignetteCatalog catalog,
            AccountService accounts,
            AuthenticationContext auth) {
        addClassName("page");
        add(new H1("Live sessions"));
        add(joinCard(participation));
        boolean staff = auth.hasAnyRole(Role.ADMIN_NAME, Role.SUPERVISOR_NAME);
        if (staff) {
            Button create = new Button("New session", e -> new NewSessionDialog(
                            sessions,
                            catalog.library(),
                            accounts.list().stream()
                                    .filter(u -> u.role() == Role.TRAINEE && u.enabled())
                                    .toList(),
                            created -> getUI().ifPresent(ui -> ui.navigate("sessions/" + created.id())))
                    .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-session");
            Div header = new Div(new H2("Sessions you run"), create);
            header.addClassName("page-header");
            running.addClassName("session-list");
            add(new Section(header, running));
            List<LiveSession> mine = sessions.mine();
            if (mine.isEmpty()) {
                running.add(empty(
                        "No sessions yet: create one, share its code with the room, and watch the answers arrive."));
            }
            mine.forEach(s -> running.add(supervisorCard(s)));
        }
        List<LiveSession> joined = participation.mySessions();
        if (!joined.isEmpty() || !staff) {
            Div list = new Div();
            list.addClassName("session-list");
            if (joined.isEmpty()) {
                list.add(empty("You have not joined a session yet. Your supervisor will give you a code."));
            }
            joined.forEach(s -> list.add(traineeCard(s)));
            add(new Section(new H2("Sessions you joined"), list));
        }
    }

    /** The address in the join screen's QR code carries the code: it is filled in, and Join is one press away. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("code")
                .map(c -> c.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", ""))
                .filter(c -> !c.isEmpty() && c.length() <= 12)
                .ifPresent(c -> {
                    code.setValue(c);
                    code.setHelperText("Filled in from the link you opened: press Join.");
                    join.focus();
                });
    }

    private Component joinCard(SessionParticipation participation) {
        code.setId("join-code");
        code.setMaxLength(12);
        code.addClassName("join-code-field");
        join.setId("join-session");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(e -> {
            try {
                long id = participation.join(code.getValue());
                getUI().ifPresent(ui -> ui.navigate("session/" + id));
            } catch (SessionException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
            }
        });
        Paragraph hint = new Paragraph("Type the six-character code your supervisor shows the room.");
        hint.addClassName("hint");
        Div row = new Div(code, join);
        row.addClassName("join-row");
        Article card = new Article(new H2("Join a session"), hint, row);
        card.addClassName("join-card");
        return card;
    }

    private static Article supervisorCard(LiveSession s) {
        Span state = stateBadge(s.state());
        Paragraph meta = new Paragraph(s.mode().label() + " feedback · "
                + s.vignettes().size() + " cases · created " + WHEN.format(s.createdAt()));
        meta.addClassName("hint");
        Span codeText = new Span(s.code().map(c -> "Code " + c).orElse("Code expired"));
        codeText.addClassName("session-code-inline");
        Anchor dashboard = new Anchor("sessions/" + s.id(), "Open dashboard");
        dashboard.addClassName("button-link");
        dashboard.addClassName("primary");
        Article card = new Article(new Div(state, codeText), new H2(s.name()), meta, dashboard);
        card.addClassName("session-card");
        return card;
    }

    private static Article traineeCard(LiveSession s) {
        Anchor go = new Anchor("session/" + s.id(), s.state() == SessionState.CLOSED ? "See your answers" : "Continue");
        go.addClassName("button-link");
        Article card = new Article(
                stateBadge(s.state()),
                new H2(s.name()),
                new Paragraph(s.mode().label() + " feedback · " + s.vignettes().size() + " cases"),
                go);
        card.addClassName("session-card");
        return card;
    }

    static Span stateBadge(SessionState state) {
        Span badge = new Span(
                switch (state) {
                    case OPEN -> "Open";
                    case PAUSED -> "Paused";
                    case CLOSED -> "Closed";
                });
        badge.addClassNames("state-badge", "state-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }
}
