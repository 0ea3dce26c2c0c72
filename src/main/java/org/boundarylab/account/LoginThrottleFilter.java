package org.boundarylab.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.boundarylab.audit.AuditLog;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in while its account or address must still wait (see {@link LoginThrottle}):
 * the password is not even checked, and the sign-in page says to wait. A try let through is
 * counted as a failure at once; a success gives it back.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getServletPath().equals("/login")) {
            String username = request.getParameter("username");
            // counts the try before the password is checked, so parallel tries cannot race the wait
            Optional<Duration> wait = throttle.admit(username, request.getRemoteAddr());
            if (wait.isPresent()) {
                audit.record(
                        username == null ? "" : username,
                        "LOGIN_THROTTLED",
                        "from " + request.getRemoteAddr() + ", " + wait.get().toSeconds() + " s to wait");
                response.sendRedirect(request.getContextPath() + "/login?error&wait="
                        + Math.max(1, wait.get().toSeconds()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
