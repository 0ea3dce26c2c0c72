package org.boundarylab.lti;

import org.springframework.web.util.HtmlUtils;

/**
 * The few plain pages LTI needs outside the Vaadin app (a refused launch, the new-window step, the
 * deep-linking picker and its answer): small HTML with the app's colours, readable at 390 px.
 */
final class Pages {

    private Pages() {}

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a2433;\
            background:#f4f6f9;line-height:1.5}
            main{max-width:44rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;\
            box-shadow:0 1px 4px rgba(0,0,0,.12)}
            h1{font-size:1.6rem;margin:0 0 1rem}
            .reason{border-left:4px solid #b3261e;background:#fdf0ef;padding:.75rem 1rem;margin:1rem 0}
            .button,button{display:inline-block;background:#1a5fb4;color:#fff;border:0;border-radius:6px;\
            padding:.6rem 1.1rem;font-size:1rem;text-decoration:none;cursor:pointer}
            ul.cases{list-style:none;padding:0}ul.cases li{border-top:1px solid #d5dae1;padding:1rem 0}
            .muted{color:#4a5568;font-size:.95rem}
            @media (max-width:600px){main{margin:0;border-radius:0;padding:1.25rem}}
            """;

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " - Boundary Lab</title><style>" + STYLE + "</style></head><body><main>"
                + "<h1>" + esc(title) + "</h1>" + body + "</main></body></html>";
    }

    /** A refused launch: what happened, why, and what the person can do. */
    static String refused(String platform, String reason) {
        return page(
                "This launch was refused",
                "<p>Boundary Lab could not open the activity you started in your course at <strong>" + esc(platform)
                        + "</strong>, because:</p><p class=\"reason\" id=\"refusal-reason\">" + esc(capital(reason))
                        + ".</p><p>Go back to your course and open the activity again. If it is refused again, tell the"
                        + " person who runs your course site: the time and the reason are in Boundary Lab's audit"
                        + " trail.</p>");
    }

    /**
     * The step between the LMS page and the app: opened top-level it moves on at once; inside the
     * LMS's frame it offers a button that opens the app in a new window.
     */
    static String openInNewWindow(String continueUrl) {
        String url = esc(continueUrl);
        return page(
                "Open Boundary Lab",
                "<p>Boundary Lab opens in its own window, so that it keeps you signed in.</p>"
                        + "<p><a class=\"button\" id=\"open-boundary-lab\" target=\"_blank\" rel=\"opener\" href=\""
                        + url
                        + "\">Open Boundary Lab in a new window</a></p>"
                        + "<p class=\"muted\">The link works once, for two minutes; if it has expired, open the activity"
                        + " in your course again.</p>"
                        + "<script>if (window.top === window.self) { window.location.replace(\"" + url + "\"); }"
                        + "</script>");
    }

    /** The deep-linking answer: a form the browser posts to the platform at once. */
    static String autoPost(String action, String jwt) {
        return page(
                "Sending your choice to the course",
                "<form id=\"deep-link-answer\" method=\"post\" action=\"" + esc(action) + "\">"
                        + "<input type=\"hidden\" name=\"JWT\" value=\"" + esc(jwt) + "\">"
                        + "<button type=\"submit\">Continue to the course</button></form>"
                        + "<script>document.getElementById('deep-link-answer').submit();</script>");
    }

    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
