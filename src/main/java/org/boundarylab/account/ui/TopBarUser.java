package org.boundarylab.account.ui;

import java.util.Optional;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.base.ui.SignedInUser;
import org.springframework.stereotype.Component;

/** The signed-in user for the app's top bar: their name and their role's label. */
@Component
class TopBarUser implements SignedInUser {

    private final CurrentUser currentUser;

    TopBarUser(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Badge> current() {
        return currentUser.get().map(u -> new Badge(u.displayName(), u.role().label()));
    }
}
