package org.boundarylab.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Which other site may show this session's pages in a frame: none, unless a feature that checked
 * the session came from there (an LMS page with LTI's iframe mode) allowed its origin.
 */
public final class Framing {

    private static final String ATTRIBUTE = Framing.class.getName() + ".origin";

    private Framing() {}

    /** Lets {@code origin} (scheme, host, port) frame this session's pages. */
    public static void allow(HttpSession session, String origin) {
        session.setAttribute(ATTRIBUTE, origin);
    }

    /** The origin this request's session may be framed by, or null. */
    static String allowedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    /** The Content-Security-Policy for pages that {@code origin} (or, when null, nobody) may frame. */
    public static String policy(String origin) {
        return "frame-ancestors " + (origin == null ? "'none'" : origin) + "; object-src 'none'; base-uri 'self'";
    }
}
