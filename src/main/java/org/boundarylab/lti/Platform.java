package org.boundarylab.lti;

import java.net.URI;
import java.util.List;

/**
 * A learning platform (LMS) registered by an admin: who it is (issuer and the client id it gave
 * Boundary Lab), the deployments it may launch from, its OIDC authorization, token and key-set
 * endpoints, and whether launches stay inside its page ({@code inFrame}, framed by {@code frameOrigin}).
 */
public record Platform(
        long id,
        String name,
        String issuer,
        String clientId,
        List<String> deploymentIds,
        String authEndpoint,
        String tokenEndpoint,
        String jwksEndpoint,
        boolean inFrame,
        String frameOrigin) {

    public Platform {
        deploymentIds = List.copyOf(deploymentIds);
    }

    /** The scheme, host and port of an address: what frame-ancestors and an Origin name. */
    static String originOf(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }
}
