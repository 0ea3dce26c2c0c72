package org.boundarylab.lti;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tool's addresses a platform needs: {@code boundarylab.public-url} when set (behind a proxy),
 * otherwise the address the request came to.
 */
@Component
public class ToolUrls {

    static final String LOGIN = "lti/login";
    static final String LAUNCH = "lti/launch";
    static final String JWKS = "lti/jwks";
    private final String publicUrl;

    ToolUrls(@Value("${boundarylab.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The base address ending in "/". */
    public String base(HttpServletRequest request) {
        String base = publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : publicUrl.strip();
        return base.endsWith("/") ? base : base + "/";
    }

    /** The values an LMS admin pastes, from the base address. */
    public record Values(String loginUrl, String launchUrl, String jwksUrl, String deepLinkUrl, String domain) {}

    public Values values(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        return new Values(
                b + LOGIN,
                b + LAUNCH,
                b + JWKS,
                b + LAUNCH,
                java.net.URI.create(b).getAuthority());
    }
}
