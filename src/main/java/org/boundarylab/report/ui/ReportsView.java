package org.boundarylab.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.boundarylab.account.Role;
import org.boundarylab.report.Reports;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.vignette.LibraryEntry;
import org.boundarylab.vignette.VignetteCatalog;

/** Where reports start: a trainee goes to their own; a supervisor picks a session, a trainee or a set of cases. */
@Menu(title = "Reports", order = 40, icon = "vaadin:chart")
@Route("reports")
@PageTitle("Reports · Boundary Lab")
@PermitAll
public class ReportsView extends Main implements BeforeEnterObserver {

    private final boolean staff;

    public ReportsView(Reports reports, LiveSessions sessions, VignetteCatalog catalog, AuthenticationContext auth) {
        this.staff = auth.hasAnyRole(Role.ADMIN_NAME, Role.SUPERVISOR_NAME);
        addClassName("page");
        if (!staff) {
            return;
        }
        add(
                new H1("Reports"),
                new Paragraph("Cohort reports show which segments teach well and who needs help; "
                        + "trainee reports show one person's progress. Both export as CSV and PDF."));
        UnorderedList sessionList = new UnorderedList();
        sessions.mine().forEach(s -> sessionList.add(new ListItem(new Anchor("reports/session/" + s.id(), s.name()))));
        Section bySession = new Section(
                new H2("A session's cohort"),
                sessionList.getComponentCount() == 0
                        ? empty("No sessions yet: run one from Live sessions.")
                        : sessionList);
        MultiSelectComboBox<LibraryEntry> cases = new MultiSelectComboBox<>("Cases");
        cases.setItems(catalog.libraryIncludingRetired());
        cases.setItemLabelGenerator(e -> e.vignette().title());
        cases.setWidth("min(40rem, 100%)");
        Button open = new Button("Open the cohort report", e -> {
            if (!cases.getValue().isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("reports/cases/"
                        + cases.getValue().stream().map(LibraryEntry::id).collect(Collectors.joining(","))));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div pick = new Div(cases, open);
        pick.addClassName("join-row");
        Section byCases = new Section(new H2("Every attempt on some cases"), pick);
        UnorderedList traineeList = new UnorderedList();
        reports.visibleTrainees()
                .forEach(t -> traineeList.add(new ListItem(new Anchor("reports/trainee/" + t.getKey(), t.getValue()))));
        Section byTrainee = new Section(
                new H2("A trainee"),
                traineeList.getComponentCount() == 0
                        ? empty("No trainees yet: their reports appear once they join your sessions.")
                        : traineeList);
        add(bySession, byCases, byTrainee);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!staff) {
            event.forwardTo("reports/trainee/me");
        }
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }
}
