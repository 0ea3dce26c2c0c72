package org.boundarylab.xapi;

import java.net.URI;
import java.util.Locale;

/**
 * Where statements go: the LRS's xAPI endpoint (the statements resource is {@code endpoint + "statements"}),
 * the key and secret it gave Boundary Lab (HTTP Basic), this instance's address (every actor's
 * account homePage and the base of its activity ids), whether sending is on, and the instance's salt.
 */
record XapiSettings(boolean enabled, String endpoint, String key, String secret, String homePage, String salt) {

    static final XapiSettings NONE = new XapiSettings(false, "", "", "", "", "");

    /** The statements resource: the endpoint with one slash, then "statements". */
    URI statementsUri() {
        return URI.create(withSlash(endpoint) + "statements");
    }

    URI aboutUri() {
        return URI.create(withSlash(endpoint) + "about");
    }

    /** The home page without a trailing slash, so ids join with one. */
    String base() {
        return homePage.endsWith("/") ? homePage.substring(0, homePage.length() - 1) : homePage;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** An absolute http(s) URL with a host, or null when it is one; otherwise what is wrong, in words. */
    static String problemWithUrl(String url, String field) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return field + ": an address starting with https:// (or http://), e.g. https://lrs.example.org/xapi/";
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                return field + ": no ? or # part";
            }
            return null;
        } catch (java.net.URISyntaxException e) {
            return field + ": not an address (" + e.getReason() + ")";
        }
    }
}
