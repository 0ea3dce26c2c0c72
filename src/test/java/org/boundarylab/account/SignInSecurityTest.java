package org.boundarylab.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Signing in over real HTTP: throttling, the audit trail, a new session id, and disabling an account ending its session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class SignInSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> login(HttpClient http, String username, String password) throws Exception {
        return post(http, LoginPage.form(http, "http://localhost:" + port + "/", username, password));
    }

    private HttpResponse<String> post(HttpClient http, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void repeated_failures_slow_down_the_account_and_are_audited_without_the_password() throws Exception {
        users.ensure("gail", Role.TRAINEE);
        HttpClient http = browser();
        for (int i = 0; i < 5; i++) {
            assertThat(login(http, "gail", "wrong-guess-" + i)
                            .headers()
                            .firstValue("location")
                            .orElse(""))
                    .endsWith("/login?error");
        }
        HttpResponse<String> throttled = login(http, "gail", TestUsers.PASSWORD);
        assertThat(throttled.headers().firstValue("location").orElse("")).contains("/login?error&wait=");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'gail' and action = 'LOGIN_FAILURE'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'gail' and action = 'LOGIN_THROTTLED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%wrong-guess%' or detail like ?")
                        .param("%" + TestUsers.PASSWORD + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void signing_in_gives_a_new_session_id_and_disabling_the_account_ends_the_session() throws Exception {
        UserSummary hal = users.ensure("hal", Role.TRAINEE);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String before = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .map(java.net.HttpCookie::getValue)
                .orElse("");
        assertThat(login(http, "hal", TestUsers.PASSWORD)
                        .headers()
                        .firstValue("location")
                        .orElse(""))
                .doesNotContain("login");
        String after = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .map(java.net.HttpCookie::getValue)
                .orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'hal' and action = 'LOGIN_SUCCESS'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        HttpRequest page = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/?v-r=init&location=&query="))
                .build();
        assertThat(http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        users.ensure("ada-admin", Role.ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "ada-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            accounts.setEnabled(hal.id(), false);
        } finally {
            SecurityContextHolder.clearContext();
        }
        HttpResponse<String> afterDisable = http.send(page, HttpResponse.BodyHandlers.ofString());
        assertThat(afterDisable.statusCode() == 200 && afterDisable.body().contains("appConfig"))
                .as("the session is over")
                .isFalse();
    }

    @Test
    void every_response_carries_the_security_headers_html_pages_and_push_included_and_the_h2_console_is_off()
            throws Exception {
        for (String path :
                new String[] {"login", "", "VAADIN/push", "actuator/health", "styles/boundary-lab.css", "no-such-page"
                }) {
            HttpResponse<String> page = browser()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().allValues("X-Content-Type-Options"))
                    .as(path)
                    .containsExactly("nosniff");
            assertThat(page.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .isEqualTo("frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy").orElse(""))
                    .as(path)
                    .contains("camera=()");
        }
        HttpResponse<String> login = browser()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).as("the sign-in page itself").contains("<html");
        HttpResponse<String> console = browser()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/h2-console"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isNotEqualTo(200);
    }

    @Test
    void a_sign_in_without_the_pages_token_from_another_site_is_refused() throws Exception {
        users.ensure("lena", Role.TRAINEE);
        HttpClient http = browser();
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("username=lena&password=" + TestUsers.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.headers().firstValue("location").orElse("")).endsWith("/login?expired");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'lena' and action = 'LOGIN_SUCCESS'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(login(http, "lena", TestUsers.PASSWORD)
                        .headers()
                        .firstValue("location")
                        .orElse(""))
                .as("with the page's token it works")
                .doesNotContain("login");
    }

    @Test
    void the_session_is_tracked_by_a_lax_http_only_cookie_never_in_the_url_and_forwarded_headers_are_not_believed()
            throws Exception {
        HttpResponse<String> redirect = browser()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/VAADIN/"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.headers().firstValue("location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        String cookie = redirect.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie)
                .as("no proxy is trusted: a forwarded https is not believed")
                .doesNotContainIgnoringCase("Secure");

        users.ensure("milo", Role.TRAINEE);
        HttpClient http = browser();
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.7")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                LoginPage.form(http, "http://localhost:" + port + "/", "milo", "wrong-one")))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(jdbc.sql("select detail from audit_event where actor = 'milo' and action = 'LOGIN_FAILURE'")
                        .query(String.class)
                        .single())
                .doesNotContain("203.0.113.7");
    }

    @Autowired
    AnonymousRefusals anonymousRefusals;

    @Test
    void visitors_not_signed_in_are_counted_not_written_one_row_each_and_refusals_are_in_words() throws Exception {
        int rowsBefore = jdbc.sql("select count(*) from audit_event")
                .query(Integer.class)
                .single();
        long pendingBefore = anonymousRefusals.pending();
        for (String route : new String[] {"users", "operations", "rules", "reports", "sessions", "authoring"}) {
            browser()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + route))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }
        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Integer.class)
                        .single())
                .isEqualTo(rowsBefore);
        assertThat(anonymousRefusals.pending()).isGreaterThanOrEqualTo(pendingBefore + 6);
        anonymousRefusals.flush();
        assertThat(jdbc.sql(
                                "select detail from audit_event where action = 'ANONYMOUS_REFUSED' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("request(s) by visitors not signed in were refused");
        assertThat(SecurityEvents.what(new org.springframework.mock.web.MockHttpServletRequest("GET", "/operations")))
                .isEqualTo("the address /operations");
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void errors_show_no_detail() throws Exception {
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("server.error.include-message")).isEqualTo("never");
        HttpResponse<String> error = browser()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/%ff%fe"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(error.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    @Test
    void signing_out_ends_the_session() throws Exception {
        users.ensure("ivo", Role.TRAINEE);
        org.boundarylab.bench.UidlClient browser = new org.boundarylab.bench.UidlClient(
                "http://localhost:" + port + "/", new org.boundarylab.bench.LatencyLog());
        browser.login("ivo", TestUsers.PASSWORD);
        browser.open("");
        assertThat(browser.has("sign-out")).isTrue();
        browser.click("sign-out");
        browser.open("");
        assertThat(browser.has("sign-out"))
                .as("a second visit finds no signed-in layout")
                .isFalse();
        assertThat(browser.lastBody).contains("vaadin-login-form");
    }
}
