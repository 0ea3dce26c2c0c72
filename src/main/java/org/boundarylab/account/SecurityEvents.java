package org.boundarylab.account;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.boundarylab.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
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

    private final AnonymousRefusals anonymous;

    SecurityEvents(AuditLog audit, LoginThrottle throttle, AnonymousRefusals anonymous) {
        this.anonymous = anonymous;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        throttle.succeeded(auth.getName());
        audit.record(auth.getName(), "LOGIN_SUCCESS", "from " + address(auth));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String address = address(auth);
        // the account was counted when the try was let through (LoginThrottleFilter); now the address
        throttle.failedFrom(address);
        audit.record(auth.getName(), "LOGIN_FAILURE", "from " + address + ": " + reason(event.getException()));
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            anonymous.count();
            return;
        }
        audit.record(
                auth.getName(),
                "ACCESS_DENIED",
                "refused " + what(event.getSource()) + " to " + auth.getName()
                        + " ("
                        + String.join(
                                ", ",
                                auth.getAuthorities().stream()
                                        .map(a -> a.getAuthority()
                                                .replace("ROLE_", "")
                                                .toLowerCase())
                                        .toList())
                        + ")");
    }

    /** What was refused, in words: a service call by class and method, a page by its address. */
    static String what(Object source) {
        if (source instanceof MethodInvocation call) {
            return "a call to " + call.getMethod().getDeclaringClass().getSimpleName() + "."
                    + call.getMethod().getName();
        }
        if (source instanceof HttpServletRequest request) {
            return "the address " + request.getRequestURI();
        }
        return "an action";
    }

    private static String reason(Exception e) {
        return switch (e) {
            case org.springframework.security.authentication.DisabledException d -> "the account is disabled";
            case org.springframework.security.authentication.BadCredentialsException b -> "wrong username or password";
            default -> "refused (" + e.getClass().getSimpleName() + ")";
        };
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
    }
}
