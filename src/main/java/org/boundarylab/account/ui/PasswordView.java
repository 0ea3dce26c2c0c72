package org.boundarylab.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.boundarylab.account.AccountException;
import org.boundarylab.account.AccountService;

/**
 * Change my password, for every user. After a supervisor or admin reset it, this is the only page
 * open until the holder has chosen their own ({@link PasswordChangeGuard}).
 */
@Menu(title = "My password", order = 60, icon = "vaadin:key")
@Route("password")
@PageTitle("Change my password · Boundary Lab")
@PermitAll
public class PasswordView extends Main {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Change my password");

    public PasswordView(AccountService accounts) {
        addClassName("page");
        boolean forced = accounts.mustChangePassword();
        Paragraph hint = new Paragraph(
                forced
                        ? "Your password was reset by someone else, so they know it. Choose your own before you go on."
                        : "At least 8 characters, not your name or the product's name; a few unrelated words work well.");
        hint.addClassName("hint");
        current.setId("current-password");
        current.setRequired(true);
        chosen.setId("new-password");
        chosen.setRequired(true);
        chosen.setHelperText("8 to 128 characters, not your name or the product's name");
        repeated.setId("repeat-password");
        repeated.setRequired(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> change(accounts));
        Div form = new Div(current, chosen, repeated, save);
        form.addClassName("dialog-form");
        add(new H1("Change my password"), hint, form);
    }

    private void change(AccountService accounts) {
        current.setInvalid(false);
        chosen.setInvalid(false);
        repeated.setInvalid(false);
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two new passwords differ; type the same one twice.");
            repeated.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
            Notification.show("Your password was changed.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (AccountException ex) {
            PasswordField field = ex.getMessage().startsWith("Current") ? current : chosen;
            field.setErrorMessage(ex.getMessage());
            field.setInvalid(true);
        }
    }
}
