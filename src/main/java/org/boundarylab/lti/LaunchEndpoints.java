package org.boundarylab.lti;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boundarylab.account.ExternalAccounts;
import org.boundarylab.account.Framing;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The tool's LTI 1.3 endpoints: the OIDC login a platform starts (third-party initiated), the launch
 * it posts the id_token to, the tool's public keys, and the step that signs the new window in.
 * A refused launch gets a page that says why, and a row in the audit trail.
 */
@Controller
class LaunchEndpoints {

    static final String AUDIT_ACTOR = "lti";
    private static final Duration SIGN_IN_LIFETIME = Duration.ofMinutes(2);
    private static final Duration PICK_LIFETIME = Duration.ofHours(1);
    private final PlatformStore platforms;
    private final LoginStates states;
    private final LaunchChecker checker;
    private final LaunchAccounts launchAccounts;
    private final ExternalAccounts accounts;
    private final GradeTargets grades;
    private final Handoffs handoffs;
    private final ToolKeys keys;
    private final ToolUrls urls;
    private final AuditLog audit;

    LaunchEndpoints(
            PlatformStore platforms,
            LoginStates states,
            LaunchChecker checker,
            LaunchAccounts launchAccounts,
            ExternalAccounts accounts,
            GradeTargets grades,
            Handoffs handoffs,
            ToolKeys keys,
            ToolUrls urls,
            AuditLog audit) {
        this.platforms = platforms;
        this.states = states;
        this.checker = checker;
        this.launchAccounts = launchAccounts;
        this.accounts = accounts;
        this.grades = grades;
        this.handoffs = handoffs;
        this.keys = keys;
        this.urls = urls;
        this.audit = audit;
    }

    /** Third-party initiated login: remember a state and nonce, send the browser to the platform's sign-in. */
    @RequestMapping(
            path = "/" + ToolUrls.LOGIN,
            method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> login(
            @RequestParam(name = "iss", required = false) String issuer,
            @RequestParam(name = "login_hint", required = false) String loginHint,
            @RequestParam(name = "target_link_uri", required = false) String targetLinkUri,
            @RequestParam(name = "lti_message_hint", required = false) String messageHint,
            @RequestParam(name = "client_id", required = false) String clientId,
            HttpServletRequest request) {
        if (issuer == null || loginHint == null || targetLinkUri == null) {
            return refused(
                    issuer == null ? "an unknown platform" : issuer,
                    "the login request lacks the issuer, the login hint or the target link");
        }
        List<Platform> known = platforms.byIssuer(issuer).stream()
                .filter(p -> clientId == null || p.clientId().equals(clientId))
                .toList();
        if (known.size() != 1) {
            return refused(
                    issuer,
                    known.isEmpty()
                            ? "no LMS platform with this issuer"
                                    + (clientId == null ? "" : " and client id " + clientId)
                                    + " is registered in Boundary Lab"
                            : "this issuer is registered more than once and the login request names no client id");
        }
        Platform p = known.getFirst();
        LoginStates.Pending pending = states.open(p.id());
        StringBuilder to = new StringBuilder(p.authEndpoint())
                .append(p.authEndpoint().contains("?") ? '&' : '?')
                .append("scope=openid&response_type=id_token&response_mode=form_post&prompt=none");
        param(to, "client_id", p.clientId());
        param(to, "redirect_uri", urls.values(urls.base(request)).launchUrl());
        param(to, "login_hint", loginHint);
        if (messageHint != null) {
            param(to, "lti_message_hint", messageHint);
        }
        param(to, "state", pending.state());
        param(to, "nonce", pending.nonce());
        return ResponseEntity.status(HttpStatus.FOUND)
                .header("Location", to.toString())
                .build();
    }

    /** The launch: check the id_token, find or create the account, then open the case (or the picker). */
    @PostMapping("/" + ToolUrls.LAUNCH)
    ResponseEntity<String> launch(
            @RequestParam(name = "id_token", required = false) String idToken,
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "error_description", required = false) String errorDescription,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (error != null) {
            return refused(
                    "the LMS",
                    "the LMS answered the sign-in with " + error
                            + (errorDescription == null ? "" : " (" + errorDescription + ")"));
        }
        Launch launch;
        try {
            launch = checker.check(idToken, state);
        } catch (LaunchRefused r) {
            return refused(r.platform(), r.getMessage());
        }
        Platform p = launch.platform();
        Optional<UserSummary> account = launchAccounts.accountFor(launch);
        if (account.isEmpty()) {
            return refused(p.name(), "the Boundary Lab account of this LMS user is disabled");
        }
        UserSummary user = account.get();
        String target;
        if (launch.deepLinking()) {
            if (user.role() == Role.TRAINEE) {
                return refused(p.name(), "only an instructor can choose what the course links to");
            }
            // the picker works where the launch landed (the LMS's dialog, often a frame), without a session cookie:
            // the one-time token in its address stands for the instructor this launch proved
            String token = handoffs.open(Handoffs.DEEP_LINK, user.id(), p.id(), "", launch, PICK_LIFETIME);
            audit.record(
                    user.username(),
                    "LTI_LAUNCH",
                    user.username() + " (" + user.role().label() + ") launched from " + p.name()
                            + " to choose what the course links to");
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header("Location", urls.base(request) + "lti/deep-link/" + token)
                    .build();
        } else {
            Optional<String> caseId = caseOf(launch);
            if (caseId.isPresent() && user.role() == Role.TRAINEE) {
                launch.scoreLineItem()
                        .ifPresent(line -> grades.remember(p.id(), user.id(), launch.subject(), caseId.get(), line));
            }
            // a link to a live session opens the join page with its code filled in: one press joins the room
            target = sessionCodeOf(launch)
                    .map(code -> "sessions?code=" + code)
                    .orElse(caseId.map(id -> "case/" + id).orElse(""));
        }
        audit.record(
                user.username(),
                "LTI_LAUNCH",
                user.username() + " (" + user.role().label() + ") launched from " + p.name() + " to /" + target);
        String base = urls.base(request);
        if (p.inFrame()) {
            signIn(user, p, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header("Location", base + target)
                    .build();
        }
        String token = handoffs.open(Handoffs.SIGN_IN, user.id(), p.id(), target, launch, SIGN_IN_LIFETIME);
        // this one page may sit in the LMS's frame, to offer the button that opens the new window
        framedBy(p, response);
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .contentType(MediaType.TEXT_HTML)
                .body(Pages.openInNewWindow(base + "lti/continue/" + token));
    }

    /** The new window: the one-time token from the launch signs it in, then on to the case. */
    @GetMapping("/lti/continue/{token}")
    ResponseEntity<String> continueInNewWindow(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<Handoffs.Handoff> h = handoffs.take(Handoffs.SIGN_IN, token);
        Optional<UserSummary> user = h.flatMap(x -> accounts.enabled(x.userId()));
        Optional<Platform> p = h.flatMap(x -> platforms.byId(x.platformId()));
        if (user.isEmpty() || p.isEmpty()) {
            return refused(
                    "the LMS",
                    "this link to open Boundary Lab was already used, has expired, or its account is disabled");
        }
        signIn(user.get(), p.get(), request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", urls.base(request) + h.get().target())
                .build();
    }

    /** The tool's public keys, for the platform to check what Boundary Lab signs. */
    @GetMapping(path = "/" + ToolUrls.JWKS, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> jwks() {
        return keys.publicSet().toJSONObject(true);
    }

    private void signIn(UserSummary user, Platform p, HttpServletRequest request, HttpServletResponse response) {
        accounts.signIn(user.username(), request, response);
        if (p.inFrame()) {
            Framing.allow(request.getSession(), p.frameOrigin());
            // inside the LMS page the session cookie is a third-party cookie: sent only with SameSite=None; Secure
            String name = request.getServletContext().getSessionCookieConfig().getName();
            response.setHeader(
                    "Set-Cookie",
                    (name == null ? "JSESSIONID" : name) + "="
                            + request.getSession().getId() + "; Path="
                            + (request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                            + "; Secure; HttpOnly; SameSite=None");
        }
    }

    /**
     * Lets the platform's page frame this one response. Set on the servlet response, so they replace
     * the headers every response got rather than adding a second, stricter policy.
     */
    static void framedBy(Platform p, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", Framing.policy(p.frameOrigin()));
        response.setHeader("X-Frame-Options", null);
    }

    /** The case a resource link opens: the custom parameter "case", else a target link to /case/{id}. */
    static Optional<String> caseOf(Launch launch) {
        Object custom = launch.custom().get("case");
        String id = custom instanceof String s ? s : null;
        String target = launch.targetLinkUri();
        if (id == null && target != null && target.matches(".*/case/[a-z0-9-]+/?$")) {
            id = target.replaceAll(".*/case/([a-z0-9-]+)/?$", "$1");
        }
        return id != null && id.matches("[a-z0-9][a-z0-9-]{0,99}") ? Optional.of(id) : Optional.empty();
    }

    /** The live session a resource link joins: the custom parameter "session_code". */
    static Optional<String> sessionCodeOf(Launch launch) {
        return launch.custom().get("session_code") instanceof String code && code.matches("[A-Za-z0-9]{4,12}")
                ? Optional.of(code)
                : Optional.empty();
    }

    private ResponseEntity<String> refused(String platform, String reason) {
        audit.record(AUDIT_ACTOR, "LTI_LAUNCH_REFUSED", "Refused a launch from " + platform + ": " + reason);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.TEXT_HTML)
                .header("Cache-Control", "no-store")
                .body(Pages.refused(platform, reason));
    }

    private static void param(StringBuilder to, String name, String value) {
        to.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
