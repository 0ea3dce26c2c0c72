package org.boundarylab.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.boundarylab.account.AccountException;
import org.boundarylab.account.AccountService;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;

/** A simple user list: create, disable or enable, reset password. */
@Menu(title = "Users", order = 80, icon = "vaadin:users")
@Route("users")
@PageTitle("Users · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class UsersView extends Main {

    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final Button create = new Button("New account", VaadinIcon.PLUS.create());
    private final AccountService accounts;
    private final boolean admin;

    public UsersView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.admin = currentUser.require().role() == Role.ADMIN;
        addClassName("page");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreateDialog());
        Div header = new Div(new H1("Users"), create);
        header.addClassName("page-header");
        Paragraph hint = new Paragraph(
                admin
                        ? "Create trainee, supervisor and administrator accounts. Disabled accounts cannot sign in; their work is kept."
                        : "Create and manage trainee accounts. Disabled accounts cannot sign in; their work is kept.");
        hint.addClassName("hint");

        grid.addColumn(UserSummary::displayName)
                .setHeader("Name")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader("Username").setSortable(true);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setSortable(true);
        grid.addComponentColumn(u -> status(u)).setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("User accounts");
        add(header, hint, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private static Span status(UserSummary u) {
        Span s = new Span(u.enabled() ? "Active" : "Disabled");
        s.getElement().getThemeList().add(u.enabled() ? "badge success" : "badge contrast");
        return s;
    }

    private HorizontalLayout actions(UserSummary u) {
        HorizontalLayout row = new HorizontalLayout();
        if (!admin && u.role() != Role.TRAINEE) {
            return row;
        }
        Button toggle = new Button(
                u.enabled() ? "Disable" : "Enable",
                e -> act(
                        () -> accounts.setEnabled(u.id(), !u.enabled()),
                        (u.enabled() ? "Disabled " : "Enabled ") + u.username()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel((u.enabled() ? "Disable " : "Enable ") + u.username());
        Button reset = new Button("Reset password", e -> openResetDialog(u));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setAriaLabel("Reset password of " + u.username());
        row.add(toggle, reset);
        return row;
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New account");
        TextField name = new TextField("Full name");
        name.setId("new-name");
        TextField username = new TextField("Username");
        username.setId("new-username");
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(admin ? List.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN) : List.of(Role.TRAINEE));
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.TRAINEE);
        PasswordField password = new PasswordField("First password");
        password.setId("new-password");
        password.setHelperText("At least 8 characters; give it to the person in private");
        Div form = new Div(name, username, role, password);
        form.addClassName("dialog-form");
        dialog.add(form);
        FieldErrors errors = new FieldErrors(Map.of("Full name", name, "Username", username, "Password", password));
        Button save = new Button("Create account", e -> {
            if (act(
                    () -> accounts.create(username.getValue(), name.getValue(), role.getValue(), password.getValue()),
                    "Created " + username.getValue().strip().toLowerCase(),
                    errors)) {
                dialog.close();
            }
        });
        save.setId("create-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void openResetDialog(UserSummary u) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset password of " + u.displayName());
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setHelperText("At least 8 characters");
        dialog.add(password);
        FieldErrors errors = new FieldErrors(Map.of("Password", password));
        Button save = new Button("Set password", e -> {
            if (act(
                    () -> accounts.resetPassword(u.id(), password.getValue()),
                    "New password set for " + u.username(),
                    errors)) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        password.focus();
    }

    private boolean act(Runnable action, String success) {
        return act(action, success, null);
    }

    /** Runs an action; a refusal goes beside the fields it names (all at once), or in a notice otherwise. */
    private boolean act(Runnable action, String success, FieldErrors errors) {
        if (errors != null) {
            errors.clear();
        }
        try {
            action.run();
            Notification.show(success, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (AccountException e) {
            java.util.List<String> rest = errors == null ? e.problems() : errors.show(e.problems());
            if (!rest.isEmpty()) {
                Notification n = Notification.show(String.join(" ", rest), 6000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return false;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notification n = Notification.show(e.getMessage(), 6000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }
}
