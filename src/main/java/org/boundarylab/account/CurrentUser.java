package org.boundarylab.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, read from the security context on the server. */
@Component
public class CurrentUser {

    private final UserAccountRepository users;

    CurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    public Optional<UserSummary> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsername(auth.getName())
                .filter(UserAccount::isEnabled)
                .map(UserAccount::summary);
    }

    /** The caller, or an access error: services call this before touching anyone's data. */
    public UserSummary require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }
}
