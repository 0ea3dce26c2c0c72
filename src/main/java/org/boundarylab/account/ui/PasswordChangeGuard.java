package org.boundarylab.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.boundarylab.account.AccountService;
import org.boundarylab.account.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Sends a user whose password was reset by someone else to {@link PasswordView} wherever they go,
 * until they have chosen their own: the one who reset it must not be able to use it.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGuard(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == PasswordView.class
                || target == LoginView.class
                || currentUser.get().isEmpty()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.forwardTo(PasswordView.class);
        }
    }
}
