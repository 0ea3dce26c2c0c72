package org.boundarylab.xapi.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.boundarylab.account.Role;
import org.boundarylab.xapi.LearningRecords;

/**
 * Admins: the learning record store Boundary Lab sends xAPI statements to (endpoint, key, secret,
 * this instance's address), sending on or off, a connection check, and how the outbox stands.
 */
@Menu(title = "Learning records", order = 130, icon = "vaadin:exchange")
@Route("learning-records")
@PageTitle("Learning records · Boundary Lab")
@RolesAllowed(Role.ADMIN_NAME)
public class LearningRecordsView extends Main {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(ZoneId.systemDefault());
    final Checkbox enabled = new Checkbox("Send statements to the LRS");
    final TextField endpoint = new TextField("LRS endpoint");
    final TextField key = new TextField("Key");
    final PasswordField secret = new PasswordField("Secret");
    final TextField homePage = new TextField("This instance's address");
    final Paragraph status = new Paragraph();
    final Paragraph check = new Paragraph();
    private final LearningRecords records;

    public LearningRecordsView(LearningRecords records) {
        this.records = records;
        addClassName("page");
        endpoint.setId("lrs-endpoint");
        endpoint.setHelperText(
                "The xAPI base address the LRS gives you, e.g. https://lrs.example.org/xapi/ (statements go to …/statements).");
        key.setId("lrs-key");
        secret.setId("lrs-secret");
        homePage.setId("lrs-home-page");
        homePage.setHelperText(
                "Names this instance in every statement: accounts are pseudonyms under it, never names or e-mails.");
        enabled.setId("lrs-enabled");
        for (TextField f : new TextField[] {endpoint, key, homePage}) {
            f.setWidthFull();
            f.setMaxLength(500);
        }
        secret.setWidthFull();
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("lrs-save");
        Button test = new Button("Check the connection", e -> check.setText(records.checkConnection()));
        test.setId("lrs-check");
        Button sendNow = new Button("Send now", e -> {
            records.sendNow();
            showStatus();
        });
        sendNow.setId("lrs-send-now");
        Div form = new Div(endpoint, key, secret, homePage, enabled);
        form.addClassName("lrs-form");
        Div buttons = new Div(save, test, sendNow);
        buttons.addClassName("button-row");
        check.setId("lrs-check-result");
        check.getElement().setAttribute("aria-live", "polite");
        status.setId("lrs-status");
        Paragraph what = new Paragraph(
                "Boundary Lab records what happens in it as xAPI statements: an attempt started, each "
                        + "segment answered, the knowledge check answered, an attempt completed, a supervisor's override. Each waits in "
                        + "an outbox until the LRS has it, so a stopped LRS loses nothing, and each is sent once. The profile: docs/xapi.md.");
        what.addClassName("hint");
        add(new H1("Learning records"), what, form, buttons, check, new H2("Outbox"), status);
        fill();
        showStatus();
    }

    private void fill() {
        LearningRecords.Settings s = records.settings();
        enabled.setValue(s.enabled());
        endpoint.setValue(s.endpoint());
        key.setValue(s.key());
        secret.clear();
        secret.setPlaceholder(s.secretSet() ? "Stored: leave empty to keep it" : "");
        homePage.setValue(s.homePage());
    }

    void save() {
        Map<String, HasValidation> fields =
                Map.of("endpoint", endpoint, "key", key, "secret", secret, "homePage", homePage);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            records.save(
                    enabled.getValue(), endpoint.getValue(), key.getValue(), secret.getValue(), homePage.getValue());
            fill();
            Notification.show(enabled.getValue() ? "Saved: statements go to the LRS." : "Saved: sending is off.");
        } catch (LearningRecords.InvalidSettings e) {
            for (LearningRecords.Problem p : e.problems()) {
                HasValidation f = fields.get(p.field());
                f.setErrorMessage(p.message());
                f.setInvalid(true);
            }
        }
    }

    void showStatus() {
        LearningRecords.Status s = records.status();
        status.setText(s.waiting() + " waiting, " + s.sent() + " sent, " + s.rejected() + " rejected by the LRS."
                + s.lastSent().map(t -> " Last sent " + WHEN.format(t) + ".").orElse("")
                + (s.waiting() > 0
                        ? s.lastError().map(e -> " Last problem: " + e).orElse("")
                        : ""));
    }
}
