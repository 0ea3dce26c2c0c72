package org.boundarylab.account;

import org.boundarylab.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in and refusals go to the audit trail with who and from where (never the password), and
 * a success gives back the try the login throttle counted in advance.
 */
@Component
class SecurityEvents {

    private final AuditLog audit;
    private final LoginThrottle throttle;

    SecurityEvents(AuditLog audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        throttle.succeeded(auth.getName(), address(auth));
        audit.record(auth.getName(), "LOGIN_SUCCESS", "from " + address(auth));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String address = address(auth);
        // already counted by the throttle when the try was let through (LoginThrottleFilter)
        audit.record(auth.getName(), "LOGIN_FAILURE", "from " + address + ": " + event.getException().getClass().getSimpleName());
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth != null && auth.isAuthenticated()) {
            audit.record(auth.getName(), "ACCESS_DENIED", String.valueOf(event.getSource()).replaceAll("@[0-9a-f]+", ""));
        }
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
    }
}
