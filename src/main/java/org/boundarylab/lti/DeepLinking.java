package org.boundarylab.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boundarylab.account.ExternalAccounts;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.vignette.LibraryEntry;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deep linking: the instructor a deep-linking launch proved (by the one-time token in the address;
 * no session cookie, so it works inside the LMS's dialog) picks a case from the library (or
 * one of their live sessions), and the LMS gets a signed LtiDeepLinkingResponse with a resource link
 * to it: a case in a custom parameter with a line item of the case's highest possible score, a
 * session by its join code (not graded).
 */
@Controller
class DeepLinking {

    private final Handoffs handoffs;
    private final PlatformStore platforms;
    private final VignetteCatalog catalog;
    private final LiveSessions sessions;
    private final ExternalAccounts accounts;
    private final ToolKeys keys;
    private final ToolUrls urls;
    private final AuditLog audit;

    DeepLinking(
            Handoffs handoffs,
            PlatformStore platforms,
            VignetteCatalog catalog,
            LiveSessions sessions,
            ExternalAccounts accounts,
            ToolKeys keys,
            ToolUrls urls,
            AuditLog audit) {
        this.handoffs = handoffs;
        this.platforms = platforms;
        this.catalog = catalog;
        this.sessions = sessions;
        this.accounts = accounts;
        this.keys = keys;
        this.urls = urls;
        this.audit = audit;
    }

    /** The library (and the instructor's open live sessions) as a list to pick from. */
    @GetMapping("/lti/deep-link/{token}")
    ResponseEntity<String> picker(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<Picking> picking = picking(token);
        if (picking.isEmpty()) {
            return gone();
        }
        LaunchEndpoints.framedBy(picking.get().platform(), response);
        String action = urls.base(request) + "lti/deep-link/" + token;
        return accounts.asUser(picking.get().instructor().username(), () -> html(HttpStatus.OK, page(action)));
    }

    private String page(String action) {
        StringBuilder body = new StringBuilder(
                "<p>Choose the case your course links to. Trainees who open the link go straight to it, and"
                        + " their score comes back to the course's grade book when they finish.</p><ul class=\"cases\">");
        for (LibraryEntry e : catalog.library()) {
            Vignette v = e.vignette();
            body.append(choice(
                    action,
                    "case",
                    v.id(),
                    v.title(),
                    v.summary() + " Highest score " + maxScore(v) + ".",
                    "pick-" + v.id(),
                    "Link this case"));
        }
        body.append("</ul>");
        List<LiveSession> open = joinable();
        if (!open.isEmpty()) {
            body.append("<h2>Or one of your live sessions</h2><p>Trainees who open the link land on the session's"
                    + " join page with its code filled in. Not graded: the room's scores are in its cohort report.</p>"
                    + "<ul class=\"cases\">");
            for (LiveSession ls : open) {
                body.append(choice(
                        action,
                        "session",
                        Long.toString(ls.id()),
                        ls.name(),
                        "Code " + ls.joinCode() + ".",
                        "pick-session-" + ls.id(),
                        "Link this session"));
            }
            body.append("</ul>");
        }
        return Pages.page("Link a case to your course", body.toString());
    }

    /** The pick: a signed answer posted to the platform's return address; the request is used up. */
    @PostMapping("/lti/deep-link/{token}")
    ResponseEntity<String> pick(
            @PathVariable String token,
            @RequestParam(name = "case", required = false) String caseId,
            @RequestParam(name = "session", required = false) Long sessionId,
            HttpServletRequest request,
            HttpServletResponse response) {
        String base = urls.base(request);
        Optional<Picking> picking = picking(token);
        if (picking.isEmpty()) {
            return gone();
        }
        String instructor = picking.get().instructor().username();
        Optional<Map<String, Object>> item = accounts.asUser(
                instructor,
                () -> caseId != null
                        ? catalog.openForAttempts(caseId).map(v -> caseItem(v.vignette(), base))
                        : joinable().stream()
                                .filter(s -> sessionId != null && s.id() == sessionId)
                                .findFirst()
                                .map(s -> sessionItem(s, base)));
        Optional<Handoffs.Handoff> taken = item.isEmpty() ? Optional.empty() : handoffs.take(Handoffs.DEEP_LINK, token);
        if (taken.isEmpty()) {
            return gone();
        }
        Handoffs.Handoff h = taken.get();
        Platform p = picking.get().platform();
        String jwt = PlatformTokens.sign(keys.signing(), response(p, h, item.get()));
        audit.record(
                instructor,
                "LTI_DEEP_LINK",
                "linked " + (caseId != null ? "the case " + caseId : "the live session " + sessionId) + " in "
                        + p.name() + " (deployment " + h.deploymentId() + ")");
        LaunchEndpoints.framedBy(p, response);
        return html(HttpStatus.OK, Pages.autoPost(h.returnUrl(), jwt));
    }

    /** A deep-linking request still open, with the instructor its launch proved and their platform. */
    private record Picking(Handoffs.Handoff handoff, UserSummary instructor, Platform platform) {}

    private Optional<Picking> picking(String token) {
        return handoffs.find(Handoffs.DEEP_LINK, token).flatMap(h -> accounts.enabled(h.userId())
                .filter(u -> u.role() != Role.TRAINEE)
                .flatMap(u -> platforms.byId(h.platformId()).map(p -> new Picking(h, u, p))));
    }

    /** The LtiDeepLinkingResponse: from this tool (its client id) to the platform, one resource link. */
    static JWTClaimsSet response(Platform p, Handoffs.Handoff h, Map<String, Object> item) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(p.clientId())
                .audience(p.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", LoginStates.random())
                .claim(LtiClaims.DEPLOYMENT_ID, h.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.V13)
                .claim(LtiClaims.DL_CONTENT_ITEMS, List.of(item));
        if (h.data() != null) {
            claims.claim(LtiClaims.DL_DATA, h.data());
        }
        return claims.build();
    }

    /** A resource link to a case, graded out of the case's highest score. */
    static Map<String, Object> caseItem(Vignette v, String base) {
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", maxScore(v));
        lineItem.put("label", v.title());
        lineItem.put("resourceId", v.id());
        Map<String, Object> item = link(v.title(), v.summary(), base, Map.of("case", v.id()));
        item.put("lineItem", lineItem);
        return item;
    }

    /** A resource link to a live session's join page, by its code; not graded. */
    static Map<String, Object> sessionItem(LiveSession s, String base) {
        return link(s.name(), "A live session in Boundary Lab", base, Map.of("session_code", s.joinCode()));
    }

    private static Map<String, Object> link(String title, String text, String base, Map<String, String> custom) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        item.put("text", text);
        item.put("url", new ToolUrls("").values(base).launchUrl());
        item.put("custom", custom);
        return item;
    }

    /** The highest score a case allows: 3 a segment (certain and right), plus a point per recall answer. */
    static int maxScore(Vignette v) {
        return v.segments().size() * 3
                + v.knowledgeCheck().map(k -> k.expects().size()).orElse(0);
    }

    /** The caller's live sessions anyone may join with the code, while they have one. */
    private List<LiveSession> joinable() {
        return sessions.mine().stream()
                .filter(s -> s.openToAnyone() && s.code().isPresent())
                .toList();
    }

    private static String choice(
            String action, String field, String value, String title, String details, String id, String label) {
        return "<li><form method=\"post\" action=\"" + Pages.esc(action) + "\"><strong>" + Pages.esc(title)
                + "</strong><br><span class=\"muted\">" + Pages.esc(details)
                + "</span><br><input type=\"hidden\" name=\""
                + field + "\" value=\"" + Pages.esc(value) + "\"><button type=\"submit\" id=\"" + Pages.esc(id) + "\">"
                + Pages.esc(label) + "</button></form></li>";
    }

    private static ResponseEntity<String> gone() {
        return html(
                HttpStatus.NOT_FOUND,
                Pages.page(
                        "This choice has expired",
                        "<p>Start adding the activity in your course again: the list of cases opens afresh.</p>"));
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status)
                .contentType(MediaType.TEXT_HTML)
                .header("Cache-Control", "no-store")
                .body(page);
    }
}
