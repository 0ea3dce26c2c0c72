package org.boundarylab.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.vignette.LibraryEntry;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deep linking: the instructor a deep-linking launch signed in picks a case from the library, and
 * the LMS gets a signed LtiDeepLinkingResponse with a resource link to it (the case in a custom
 * parameter) and a line item with the case's highest possible score.
 */
@Controller
class DeepLinking {

    private final Handoffs handoffs;
    private final PlatformStore platforms;
    private final VignetteCatalog catalog;
    private final CurrentUser currentUser;
    private final ToolKeys keys;
    private final ToolUrls urls;
    private final AuditLog audit;

    DeepLinking(
            Handoffs handoffs,
            PlatformStore platforms,
            VignetteCatalog catalog,
            CurrentUser currentUser,
            ToolKeys keys,
            ToolUrls urls,
            AuditLog audit) {
        this.handoffs = handoffs;
        this.platforms = platforms;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.keys = keys;
        this.urls = urls;
        this.audit = audit;
    }

    /** The library as a list to pick from. */
    @GetMapping("/lti/deep-link/{token}")
    ResponseEntity<String> picker(@PathVariable String token, HttpServletRequest request) {
        if (request(token).isEmpty()) {
            return gone();
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder body = new StringBuilder(
                "<p>Choose the case your course links to. Trainees who open the link go straight to it, and"
                        + " their score comes back to the course's grade book when they finish.</p><ul class=\"cases\">");
        for (LibraryEntry e : catalog.library()) {
            Vignette v = e.vignette();
            body.append("<li><form method=\"post\"><strong>")
                    .append(Pages.esc(v.title()))
                    .append("</strong><br><span class=\"muted\">")
                    .append(Pages.esc(v.summary()))
                    .append(" Highest score ")
                    .append(maxScore(v))
                    .append(".</span><br><input type=\"hidden\" name=\"case\" value=\"")
                    .append(Pages.esc(v.id()))
                    .append("\"><input type=\"hidden\" name=\"")
                    .append(csrf.getParameterName())
                    .append("\" value=\"")
                    .append(Pages.esc(csrf.getToken()))
                    .append("\"><button type=\"submit\" id=\"pick-")
                    .append(Pages.esc(v.id()))
                    .append("\">Link this case</button></form></li>");
        }
        return html(
                HttpStatus.OK,
                Pages.page("Link a case to your course", body.append("</ul>").toString()));
    }

    /** The pick: a signed answer posted to the platform's return address; the request is used up. */
    @PostMapping("/lti/deep-link/{token}")
    ResponseEntity<String> pick(
            @PathVariable String token, @RequestParam("case") String caseId, HttpServletRequest request) {
        Optional<Handoffs.Handoff> found = request(token);
        Optional<Vignette> v = catalog.openForAttempts(caseId).map(x -> x.vignette());
        if (found.isEmpty() || v.isEmpty()) {
            return gone();
        }
        Handoffs.Handoff h = handoffs.take(Handoffs.DEEP_LINK, token).orElseThrow();
        Platform p = platforms.byId(h.platformId()).orElseThrow();
        String jwt = PlatformTokens.sign(keys.signing(), response(p, h, v.get(), urls.base(request)));
        audit.record(
                currentUser.require().username(),
                "LTI_DEEP_LINK",
                "linked the case " + v.get().id() + " in " + p.name() + " (deployment " + h.deploymentId() + ")");
        return html(HttpStatus.OK, Pages.autoPost(h.returnUrl(), jwt));
    }

    /** The LtiDeepLinkingResponse: from this tool (its client id) to the platform, one resource link. */
    static JWTClaimsSet response(Platform p, Handoffs.Handoff h, Vignette v, String base) {
        Instant now = Instant.now();
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", maxScore(v));
        lineItem.put("label", v.title());
        lineItem.put("resourceId", v.id());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", v.title());
        item.put("text", v.summary());
        item.put("url", urls(base).launchUrl());
        item.put("custom", Map.of("case", v.id()));
        item.put("lineItem", lineItem);
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

    /** The highest score a case allows: 3 a segment (certain and right), plus a point per recall answer. */
    static int maxScore(Vignette v) {
        return v.segments().size() * 3
                + v.knowledgeCheck().map(k -> k.expects().size()).orElse(0);
    }

    private static ToolUrls.Values urls(String base) {
        return new ToolUrls("").values(base);
    }

    /** The deep-linking request behind this token, for the instructor it signed in. */
    private Optional<Handoffs.Handoff> request(String token) {
        UserSummary me = currentUser.require();
        return handoffs.find(Handoffs.DEEP_LINK, token).filter(h -> h.userId() == me.id());
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
