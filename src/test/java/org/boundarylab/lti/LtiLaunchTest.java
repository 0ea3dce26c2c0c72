package org.boundarylab.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.report.Reports;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * LTI 1.3 over real HTTP against a platform of our own on loopback: the OIDC login and launch, the
 * checks that refuse spoiled tokens (with a page and an audit row), accounts linked to the
 * platform's user id, the score of a completed attempt and of an override sent back through the
 * outbox (also after the platform was down), and deep linking's signed answer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "boundarylab.lti.send-interval=1h",
            "boundarylab.lti.first-retry=200ms",
            "boundarylab.lti.longest-retry=1s"
        })
@ActiveProfiles("test")
class LtiLaunchTest {

    static TestPlatform platform;

    @LocalServerPort
    int port;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttemptService attempts;

    @Autowired
    Reports reports;

    @Autowired
    ScoreSender sender;

    @Autowired
    LiveSessions sessions;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new TestPlatform();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void register() {
        platform.toolBase = base();
        platform.tamper = TestPlatform.Tamper.NONE;
        platform.scoresDown = false;
        platform.scores.clear();
        platform.linkCustom = Map.of("case", "mary-after-hours");
        if (jdbc.sql("select count(*) from lti_platform where issuer = ?")
                        .param(platform.issuer())
                        .query(Long.class)
                        .single()
                == 0) {
            as("lti-admin", Role.ADMIN);
            platforms.save(new LtiPlatforms.Form(
                    0,
                    "Test LMS",
                    platform.issuer(),
                    TestPlatform.CLIENT_ID,
                    TestPlatform.DEPLOYMENT,
                    platform.base() + "/auth",
                    platform.base() + "/token",
                    platform.base() + "/jwks",
                    false,
                    ""));
        }
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    @Test
    void a_learner_launch_creates_a_linked_trainee_and_opens_the_case_in_a_new_window() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> launched = launch(browser, "learner", "link-1");
        assertThat(launched.statusCode()).isEqualTo(200);
        // the step page may sit in the LMS's frame (that origin only) and opens the app top-level
        assertThat(launched.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("frame-ancestors " + platform.base() + ";");
        assertThat(launched.headers().firstValue("X-Frame-Options")).isEmpty();
        String continueUrl = TestPlatform.formFields(launched.body().replace("href=", "name=\"x\" value="))
                .get("x");
        assertThat(continueUrl).startsWith(base() + "lti/continue/");
        HttpResponse<String> opened = get(browser, continueUrl);
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue(base() + "case/mary-after-hours");
        // signed in: the case page is served, not the sign-in page
        HttpResponse<String> casePage = get(browser, base() + "case/mary-after-hours");
        assertThat(casePage.statusCode()).isEqualTo(200);
        // the link works once
        assertThat(get(browser(), continueUrl).statusCode()).isEqualTo(400);

        Map<String, Object> account = jdbc.sql("select u.username, u.display_name, u.role from user_account u "
                        + "join lti_user_link l on l.user_id = u.id where l.subject = ?")
                .param(TestPlatform.LEARNER.subject())
                .query()
                .singleRow();
        assertThat(account.get("ROLE")).isEqualTo("TRAINEE");
        assertThat(account.get("DISPLAY_NAME")).isEqualTo("Robin Learner");
        // a second launch finds the same account
        launch(browser(), "learner", "link-1");
        assertThat(jdbc.sql("select count(*) from lti_user_link where subject = ?")
                        .param(TestPlatform.LEARNER.subject())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void in_iframe_mode_the_launch_signs_in_at_once_with_a_third_party_cookie_and_that_lms_may_frame_the_app()
            throws Exception {
        as("lti-admin", Role.ADMIN);
        Platform p = ours();
        platforms.save(form(p, true));
        SecurityContextHolder.clearContext();
        try {
            HttpResponse<String> launched = launch(browser(), "learner", "link-1");
            assertThat(launched.statusCode()).isEqualTo(303);
            assertThat(launched.headers().firstValue("Location")).hasValue(base() + "case/mary-after-hours");
            String cookie = launched.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(cookie).contains("SameSite=None").contains("Secure").contains("HttpOnly");
            HttpResponse<String> casePage = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base() + "case/mary-after-hours"))
                                    .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(casePage.statusCode()).isEqualTo(200);
            assertThat(casePage.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .startsWith("frame-ancestors " + platform.base() + ";");
            // a session that did not come from that LMS may be framed by nobody
            assertThat(get(browser(), base() + "login")
                            .headers()
                            .firstValue("Content-Security-Policy")
                            .orElseThrow())
                    .startsWith("frame-ancestors 'none'");
        } finally {
            as("lti-admin", Role.ADMIN);
            platforms.save(form(ours(), false));
            SecurityContextHolder.clearContext();
        }
    }

    /** The test platform's registration (other tests in this JVM may have registered others). */
    private Platform ours() {
        return platforms.all().stream()
                .filter(p -> p.issuer().equals(platform.issuer()))
                .findFirst()
                .orElseThrow();
    }

    private static LtiPlatforms.Form form(Platform p, boolean inFrame) {
        return new LtiPlatforms.Form(
                p.id(),
                p.name(),
                p.issuer(),
                p.clientId(),
                String.join("\n", p.deploymentIds()),
                p.authEndpoint(),
                p.tokenEndpoint(),
                p.jwksEndpoint(),
                inFrame,
                p.frameOrigin());
    }

    @Test
    void an_account_of_the_same_name_is_never_taken_over() throws Exception {
        // someone here already has the name the platform's user would get; the launch makes a new account
        String sameName = "lms"
                + jdbc.sql("select id from lti_platform where issuer = ?")
                        .param(platform.issuer())
                        .query(Long.class)
                        .single()
                + "-newcomer-5";
        users.ensure(sameName, Role.ADMIN);
        HttpResponse<String> launched = launch(browser(), "newcomer", "link-1");
        assertThat(launched.statusCode()).isEqualTo(200);
        String linked = jdbc.sql("select u.username from user_account u join lti_user_link l on l.user_id = u.id "
                        + "where l.subject = ?")
                .param(TestPlatform.NEWCOMER.subject())
                .query(String.class)
                .single();
        assertThat(linked).isNotEqualTo(sameName).startsWith(sameName);
        assertThat(jdbc.sql("select role from user_account where username = ?")
                        .param(linked)
                        .query(String.class)
                        .single())
                .isEqualTo("SUPERVISOR");
    }

    @Test
    void spoiled_tokens_are_refused_with_a_page_and_an_audit_row() throws Exception {
        Map<TestPlatform.Tamper, String> reasons = Map.of(
                TestPlatform.Tamper.SIGNATURE, "signature does not match",
                TestPlatform.Tamper.AUDIENCE, "meant for another tool",
                TestPlatform.Tamper.EXPIRED, "has expired",
                TestPlatform.Tamper.DEPLOYMENT, "deployment deployment-unknown is not registered");
        for (var e : reasons.entrySet()) {
            platform.tamper = e.getKey();
            long before = audited(e.getValue());
            HttpResponse<String> refused = launch(browser(), "learner", "link-1");
            assertThat(refused.statusCode()).as(e.getKey().name()).isEqualTo(400);
            assertThat(refused.body()).contains("This launch was refused").contains(e.getValue());
            assertThat(audited(e.getValue())).as(e.getKey().name()).isEqualTo(before + 1);
        }
        platform.tamper = TestPlatform.Tamper.NONE;

        // a replay: a good token posted again, with a state of its own (a fresh login)
        HttpClient browser = browser();
        HttpResponse<String> first = launch(browser, "learner", "link-1");
        assertThat(first.statusCode()).isEqualTo(200);
        String used = platform.idTokens.getLast();
        String state = TestPlatform.query(URI.create(login(browser, "learner", "link-1")
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())
                        .getRawQuery())
                .get("state");
        HttpResponse<String> replayed = post(browser, base() + "lti/launch", Map.of("id_token", used, "state", state));
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("nonce is not the one this sign-in was given");
        // the same form posted twice: its state is used up
        HttpResponse<String> again = post(browser, base() + "lti/launch", Map.of("id_token", used, "state", state));
        assertThat(again.body()).contains("came back twice");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LTI_LAUNCH_REFUSED' and detail like ?")
                        .param("Refused a launch from %")
                        .query(Long.class)
                        .single())
                .as("four spoiled tokens, a replayed nonce, a state used twice")
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_completed_attempt_sends_its_score_once_even_after_the_platform_was_down_and_an_override_sends_the_new_one()
            throws Exception {
        HttpClient browser = browser();
        assertThat(launch(browser, "learner", "link-1").statusCode()).isEqualTo(200);
        String trainee = jdbc.sql("select u.username from user_account u join lti_user_link l on l.user_id = u.id "
                        + "where l.subject = ?")
                .param(TestPlatform.LEARNER.subject())
                .query(String.class)
                .single();
        platform.scoresDown = true;
        as(trainee, Role.TRAINEE);
        AttemptState state = attempts.startNew("mary-after-hours");
        for (String s : List.of("s1", "s2", "s3", "s4", "s5", "s6")) {
            attempts.submit(
                    state.attemptId(),
                    new Judgment(s, Set.of(Characteristic.SECRECY), List.of(), "These are my reasons.", 1));
        }
        attempts.answerQuestion(state.attemptId(), "Secrecy, role reversal, double binds and privilege.");
        double total = attempts.get(state.attemptId()).total().score();
        SecurityContextHolder.clearContext();

        // the platform is down: nothing arrives, the score waits
        assertThat(sender.sendDue()).isZero();
        assertThat(platform.scores).isEmpty();
        assertThat(waiting()).isEqualTo(1);
        Thread.sleep(300);
        assertThat(sender.sendDue()).isZero();
        // back up: after the back-off, the score arrives once and only once
        platform.scoresDown = false;
        long deadline = System.currentTimeMillis() + 5000;
        while (platform.scores.isEmpty() && System.currentTimeMillis() < deadline) {
            sender.sendDue();
            Thread.sleep(100);
        }
        sender.sendDue();
        sender.sendDue();
        assertThat(platform.scores).hasSize(1);
        var score = platform.scores.getFirst();
        assertThat(score.get("userId").asString()).isEqualTo(TestPlatform.LEARNER.subject());
        assertThat(score.get("scoreGiven").asDouble()).isEqualTo(Math.max(0, total));
        assertThat(score.get("activityProgress").asString()).isEqualTo("Completed");
        assertThat(score.get("gradingProgress").asString()).isEqualTo("FullyGraded");
        assertThat(waiting()).isZero();

        // a supervisor's override sends the new total to the same line item
        long judgment = jdbc.sql("select id from judgment where attempt_id = ? and segment_id = 's1'")
                .param(state.attemptId())
                .query(Long.class)
                .single();
        as("lti-admin", Role.ADMIN);
        reports.override(judgment, 1.0, "The reasoning deserves the point.");
        SecurityContextHolder.clearContext();
        sender.sendDue();
        assertThat(platform.scores).hasSize(2);
        assertThat(platform.scores.get(1).get("comment").asString()).isEqualTo("Score changed by a supervisor");
        assertThat(platform.scores.get(1).get("scoreGiven").asDouble())
                .isGreaterThan(platform.scores.get(0).get("scoreGiven").asDouble());
        assertThat(platform.refusedAssertions).isEmpty();
    }

    @Test
    void deep_linking_returns_a_signed_link_to_the_picked_case_with_its_highest_score() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> launched = launch(browser, "instructor", "deep-link");
        assertThat(launched.statusCode()).isEqualTo(303);
        String picker = launched.headers().firstValue("Location").orElseThrow();
        assertThat(picker).startsWith(base() + "lti/deep-link/");
        // the picker needs no session cookie (it works inside the LMS's dialog), and that LMS may frame it
        HttpResponse<String> page = get(browser(), picker);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("frame-ancestors " + platform.base() + ";");
        assertThat(page.body())
                .contains("Link a case to your course")
                .contains("Mary: the last appointment of the day")
                .contains("action=\"" + picker + "\"");
        HttpResponse<String> answer = post(browser(), picker, Map.of("case", "mary-after-hours"));
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, String> form = TestPlatform.formFields(answer.body());
        assertThat(form.get("_action")).isEqualTo(platform.base() + "/deep-link-return");
        // the platform checks the signature against the tool's published keys
        HttpResponse<String> received =
                post(HttpClient.newHttpClient(), form.get("_action"), Map.of("JWT", form.get("JWT")));
        assertThat(received.body()).contains("Activity added");
        JWTClaimsSet claims = platform.deepLinkAnswers.getLast();
        assertThat(claims.getIssuer()).isEqualTo(TestPlatform.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo(TestPlatform.DEPLOYMENT);
        assertThat(claims.getClaim(LtiClaims.DL_DATA)).isEqualTo("opaque-course-42");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) claims.getClaim(LtiClaims.DL_CONTENT_ITEMS)).getFirst();
        assertThat(item.get("type")).isEqualTo("ltiResourceLink");
        assertThat(item.get("url")).isEqualTo(base() + "lti/launch");
        assertThat(item.get("custom")).isEqualTo(Map.of("case", "mary-after-hours"));
        assertThat(((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).isEqualTo(22L);
        // the request is used up: picking again is refused, and a made-up token finds nothing
        assertThat(post(browser(), picker, Map.of("case", "mary-after-hours")).statusCode())
                .isEqualTo(404);
        assertThat(get(browser(), base() + "lti/deep-link/" + LoginStates.random())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_live_session_linked_by_deep_linking_opens_its_join_page_with_the_code_filled_in() throws Exception {
        HttpClient browser = browser();
        String picker = launch(browser, "instructor", "deep-link")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String instructor = jdbc.sql("select u.username from user_account u join lti_user_link l on l.user_id = u.id "
                        + "where l.subject = ?")
                .param(TestPlatform.INSTRUCTOR.subject())
                .query(String.class)
                .single();
        as(instructor, Role.SUPERVISOR);
        LiveSession room =
                sessions.create("Tuesday seminar", List.of("mary-after-hours"), FeedbackMode.IMMEDIATE, true, Set.of());
        SecurityContextHolder.clearContext();
        HttpResponse<String> page = get(browser, picker);
        assertThat(page.body()).contains("Tuesday seminar").contains("pick-session-" + room.id());
        Map<String, String> form =
                TestPlatform.formFields(post(browser, picker, Map.of("session", Long.toString(room.id())))
                        .body());
        post(HttpClient.newHttpClient(), form.get("_action"), Map.of("JWT", form.get("JWT")));
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>)
                        platform.deepLinkAnswers.getLast().getClaim(LtiClaims.DL_CONTENT_ITEMS))
                .getFirst();
        assertThat(item.get("custom")).isEqualTo(Map.of("session_code", room.joinCode()));
        assertThat(item).doesNotContainKey("lineItem");

        // a learner opening that link lands on the join page with the code filled in
        platform.linkCustom = (Map<String, Object>) (Map<?, ?>) item.get("custom");
        HttpClient learner = browser();
        String next = TestPlatform.formFields(
                        launch(learner, "learner", "link-2").body().replace("href=", "name=\"x\" value="))
                .get("x");
        assertThat(get(learner, next).headers().firstValue("Location"))
                .hasValue(base() + "sessions?code=" + room.joinCode());
    }

    @Test
    void the_tool_publishes_its_keys_and_a_rotation_keeps_the_previous_one() throws Exception {
        String before = get(browser(), base() + "lti/jwks").body();
        as("lti-admin", Role.ADMIN);
        String current = platforms.currentKeyId();
        String rotated = platforms.rotateKey();
        String after = get(browser(), base() + "lti/jwks").body();
        assertThat(before).contains(current).doesNotContain("\"d\"");
        assertThat(after).contains(current).contains(rotated).doesNotContain("\"d\"");
        platforms.rotateKey();
        assertThat(get(browser(), base() + "lti/jwks").body()).doesNotContain(current);
    }

    private long waiting() {
        return jdbc.sql("select count(*) from lti_score_outbox where sent_at is null")
                .query(Long.class)
                .single();
    }

    private long audited(String words) {
        return jdbc.sql("select count(*) from audit_event where action = 'LTI_LAUNCH_REFUSED' and detail like ?")
                .param("%" + words + "%")
                .query(Long.class)
                .single();
    }

    /** The browser's way through: the login request, the platform's sign-in, its form posted to the launch. */
    private HttpResponse<String> launch(HttpClient browser, String who, String message) throws Exception {
        String toPlatform =
                login(browser, who, message).headers().firstValue("Location").orElseThrow();
        assertThat(toPlatform).startsWith(platform.base() + "/auth?");
        Map<String, String> q = TestPlatform.query(URI.create(toPlatform).getRawQuery());
        assertThat(q.get("redirect_uri")).isEqualTo(base() + "lti/launch");
        assertThat(q).containsEntry("response_mode", "form_post").containsEntry("prompt", "none");
        Map<String, String> form =
                TestPlatform.formFields(get(browser, toPlatform).body());
        return post(browser, form.remove("_action"), form);
    }

    private HttpResponse<String> login(HttpClient browser, String who, String message) throws Exception {
        HttpResponse<String> r = post(
                browser,
                base() + "lti/login",
                Map.of(
                        "iss",
                        platform.issuer(),
                        "login_hint",
                        who,
                        "target_link_uri",
                        base() + "lti/launch",
                        "client_id",
                        TestPlatform.CLIENT_ID,
                        "lti_message_hint",
                        message));
        assertThat(r.statusCode()).isEqualTo(302);
        return r;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private void as(String username, Role role) {
        users.ensure(username, role);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
    }
}
