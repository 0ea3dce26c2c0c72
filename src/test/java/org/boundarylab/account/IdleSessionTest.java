package org.boundarylab.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.boundarylab.bench.LatencyLog;
import org.boundarylab.bench.UidlClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A signed-in session that idles out is really closed, over real HTTP: after the timeout the next
 * page is the sign-in form, also when the tab stayed open and kept sending Vaadin's heartbeats.
 * The servlet container counts the timeout in minutes; here each new session gets a few seconds
 * instead, so the test waits seconds, not half an hour. Shares the JVM's in-memory database with
 * the other own-server tests (see {@link org.boundarylab.BoundaryLabTest}): it makes its own users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@Import(IdleSessionTest.ShortSessions.class)
class IdleSessionTest {

    static final int IDLE_SECONDS = 3;

    @TestConfiguration
    static class ShortSessions {
        @Bean
        HttpSessionListener shortSessions() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    event.getSession().setMaxInactiveInterval(IDLE_SECONDS);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    Environment environment;

    private UidlClient signedIn(String username) throws Exception {
        users.ensure(username, Role.TRAINEE);
        UidlClient browser = new UidlClient("http://localhost:" + port + "/", new LatencyLog());
        browser.login(username, TestUsers.PASSWORD);
        browser.open("");
        assertThat(browser.has("sign-out")).as("signed in").isTrue();
        return browser;
    }

    @Test
    void the_configured_timeout_is_at_most_half_an_hour_and_vaadin_does_not_keep_idle_sessions_alive() {
        assertThat(Duration.parse("PT"
                        + environment
                                .getProperty("server.servlet.session.timeout")
                                .toUpperCase()))
                .isLessThanOrEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }

    @Test
    void a_session_left_alone_past_its_timeout_is_signed_out() throws Exception {
        UidlClient browser = signedIn("idle-ida");
        Thread.sleep((IDLE_SECONDS + 2) * 1000L);
        browser.open("");
        assertThat(browser.has("sign-out"))
                .as("after idling, no signed-in layout")
                .isFalse();
        assertThat(browser.lastBody).contains("vaadin-login-form");
    }

    @Test
    void an_open_tab_sending_only_heartbeats_is_signed_out_too() throws Exception {
        UidlClient browser = signedIn("idle-ivan");
        long until = System.nanoTime() + Duration.ofSeconds(IDLE_SECONDS + 3).toNanos();
        while (System.nanoTime() < until) {
            browser.heartbeat();
            Thread.sleep(700);
        }
        browser.open("");
        assertThat(browser.has("sign-out"))
                .as("heartbeats alone do not keep a session signed in")
                .isFalse();
        assertThat(browser.lastBody).contains("vaadin-login-form");
    }
}
