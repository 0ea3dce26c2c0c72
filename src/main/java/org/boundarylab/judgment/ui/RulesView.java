package org.boundarylab.judgment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.boundarylab.account.Role;
import org.boundarylab.judgment.RuleBaseAdmin;

/** Lists the rule files and the version in force; reloads them, showing the compiler's messages if refused. */
@Menu(title = "Rules", order = 110, icon = "vaadin:cog-o")
@Route("rules")
@PageTitle("Rules · Boundary Lab")
@RolesAllowed(Role.ADMIN_NAME)
public class RulesView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(ZoneId.systemDefault());
    private final RuleBaseAdmin admin;
    final Div status = new Div();
    final Div result = new Div();
    final Button reload = new Button("Reload rules from disk", VaadinIcon.REFRESH.create());

    public RulesView(RuleBaseAdmin admin) {
        this.admin = admin;
        addClassName("page");
        Paragraph lead = new Paragraph(
                "The rule base is read from the rules folder when the app starts. After editing a "
                        + "rule, a message or the lexicon, reload here: a rule base that does not compile is refused with the "
                        + "compiler's messages, and the one in force keeps serving. Every judgment records the version that scored it.");
        lead.addClassName("lead");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> reload());
        reload.setDisableOnClick(true);
        result.getElement().setAttribute("role", "status");
        add(new H1("Rules"), lead, status, reload, result);
        showStatus();
    }

    private void showStatus() {
        RuleBaseAdmin.Status s = admin.status();
        status.removeAll();
        Span version = new Span(s.version());
        version.addClassName("rule-version");
        UnorderedList files = new UnorderedList();
        s.files().forEach(f -> files.add(new ListItem(f)));
        status.add(
                new H2("In force"),
                new Paragraph(
                        new Span("Version "),
                        version,
                        new Span(", loaded " + WHEN.format(s.loadedAt()) + " from " + s.folder())),
                files);
    }

    private void reload() {
        RuleBaseAdmin.Reload r = admin.reload();
        result.removeAll();
        if (r.accepted()) {
            Paragraph ok = new Paragraph("Reloaded. Version " + r.version() + " now scores every new judgment.");
            ok.addClassName("notice-good");
            result.add(ok);
        } else {
            Paragraph refused = new Paragraph("Refused: the rule base does not compile. Version " + r.version()
                    + " keeps serving. Fix these and reload:");
            refused.addClassName("notice-bad");
            Pre messages = new Pre(String.join("\n", r.errors()));
            messages.addClassName("compiler-messages");
            result.add(refused, messages);
        }
        showStatus();
        reload.setEnabled(true);
    }
}
