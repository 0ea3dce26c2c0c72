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
import org.springframework.test.context.ActiveProfiles;

/** Behind a configured proxy: the client's address is the one counted and audited, and the cookie is Secure over https. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "boundarylab.trusted-proxies=127.0.0.1"})
@ActiveProfiles("test")
class TrustedProxyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_trusted_proxy_forwards_the_clients_address_and_https() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("Secure")
                .containsIgnoringCase("SameSite=Lax");

        users.ensure("nia", Role.TRAINEE);
        String form = LoginPage.form(http, "http://localhost:" + port + "/", "nia", "wrong-one");
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.7")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(jdbc.sql("select detail from audit_event where actor = 'nia' and action = 'LOGIN_FAILURE'")
                        .query(String.class)
                        .single())
                .contains("from 203.0.113.7");
    }

    @Test
    void redirects_behind_the_proxy_keep_the_port_the_browser_used() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<Void> proxied = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/users"))
                        .header("X-Forwarded-Proto", "http")
                        .header("X-Forwarded-Port", "18080")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(proxied.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:18080/login");
    }
}
