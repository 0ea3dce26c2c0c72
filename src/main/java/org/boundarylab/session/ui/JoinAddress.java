package org.boundarylab.session.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address a room opens to join: {@code boundarylab.public-url} when set (behind a proxy, or
 * when the supervisor's own browser uses localhost), else the address the supervisor's page came in
 * on. Trainees open {@code <base>sessions?code=ABC123}, which fills in the code for them.
 */
@Component
class JoinAddress {

    private final String configured;

    JoinAddress(@Value("${boundarylab.public-url:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** The application's base address, ending in "/"; read from the current request when not configured. */
    String base() {
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured : configured + "/";
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            int port = http.getServerPort();
            boolean defaultPort = port <= 0
                    || "http".equals(http.getScheme()) && port == 80
                    || "https".equals(http.getScheme()) && port == 443;
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                    + http.getContextPath() + "/";
        }
        return "/";
    }

    static String joinPage(String base) {
        return base + "sessions";
    }

    static String joinUrl(String base, String code) {
        return joinPage(base) + "?code=" + code;
    }

    /** Whether the address names this computer only (the room's phones could not open it). */
    static boolean onlyThisComputer(String base) {
        String host;
        try {
            host = URI.create(base).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
