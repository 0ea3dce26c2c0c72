package org.boundarylab.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response: HTML pages, the push endpoint, static files, errors and
 * JSON alike. Set before anything else runs, outside Spring Security's chain, because Vaadin
 * answers some requests (its bootstrap page among them) without the chain's header writers.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", Framing.policy(null),
            "Referrer-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HEADERS.forEach(response::setHeader);
        String framedBy = Framing.allowedFor(request);
        if (framedBy != null) {
            // an LTI launch in iframe mode: that LMS may show these pages in its own; nobody else may
            response.setHeader("Content-Security-Policy", Framing.policy(framedBy));
            response.setHeader("X-Frame-Options", null);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
