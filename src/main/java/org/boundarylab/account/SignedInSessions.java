package org.boundarylab.account;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The signed-in HTTP sessions by user, so that disabling an account ends its sessions at once
 * (the next request of an expired session is signed out by Spring Security's session filter).
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry = new SessionRegistryImpl();

    SessionRegistry registry() {
        return registry;
    }

    void endSessionsOf(String username) {
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails u ? u.getUsername() : String.valueOf(principal);
            if (name.equals(username)) {
                registry.getAllSessions(principal, false).forEach(s -> s.expireNow());
            }
        }
    }
}
