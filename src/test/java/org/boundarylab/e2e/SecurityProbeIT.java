package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.boundarylab.account.LoginPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The outside probe's attacks, repeated against the packaged jar over HTTP and in a real browser:
 * a supervisor taking over another supervisor's trainee, parallel guesses racing the sign-in
 * throttle, a sign-in posted from another site, and the headers of the HTML pages themselves.
 */
class SecurityProbeIT {

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpResponse<String> post(HttpClient http, String base, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void over_http_the_throttle_cannot_be_raced_a_foreign_sign_in_is_refused_and_pages_carry_their_headers()
            throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start()) {
            String base = app.baseUrl();
            HttpResponse<String> page = client().send(
                            HttpRequest.newBuilder(URI.create(base + "login")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("frame-ancestors 'none'");
            assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            HttpResponse<String> vaadin = client().send(
                            HttpRequest.newBuilder(URI.create(base + "VAADIN/")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(vaadin.headers().firstValue("location").orElse("")).doesNotContainIgnoringCase("jsessionid");

            // login CSRF: no token, no cookie, a foreign Origin
            HttpResponse<String> forged = client().send(
                            HttpRequest.newBuilder(URI.create(base + "login"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Origin", "https://evil.example")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "username=admin&password=" + AppProcess.ADMIN_PASSWORD))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(forged.headers().firstValue("location").orElse("")).endsWith("/login?expired");

            // five wrong guesses, the wait runs out, then fifteen guesses at once
            HttpClient one = client();
            for (int i = 0; i < 5; i++) {
                post(one, base, LoginPage.form(one, base, "victim", "guess-" + i));
            }
            Thread.sleep(2_500);
            List<String> forms = new ArrayList<>();
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                HttpClient c = client();
                clients.add(c);
                forms.add(LoginPage.form(c, base, "victim", "parallel-guess-" + i));
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(15);
            List<Future<String>> locations = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                int n = i;
                locations.add(pool.submit(() -> {
                    start.await();
                    return post(clients.get(n), base, forms.get(n))
                            .headers()
                            .firstValue("location")
                            .orElse("");
                }));
            }
            start.countDown();
            int passwordChecked = 0;
            for (Future<String> location : locations) {
                if (!location.get().contains("wait=")) {
                    passwordChecked++;
                }
            }
            pool.shutdown();
            assertThat(passwordChecked)
                    .as("guesses that reached the password check")
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void a_supervisor_cannot_take_over_another_supervisors_trainee_and_a_reset_ends_the_trainees_session()
            throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start()) {
            try (Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
                admin.login("admin", AppProcess.ADMIN_PASSWORD);
                admin.createAccount("Xena Supervisor", "xena", "orchard-violin-58", "Supervisor");
                admin.createAccount("Yuri Supervisor", "yuri", "granite-meadow-73", "Supervisor");
                admin.createTrainee("Tess Trainee", "tess", "saffron-bridge-29");
            }
            String code;
            try (Browser yuri = new Browser(app.baseUrl(), temp.resolve("yuri"), 1440, 900)) {
                yuri.login("yuri", "granite-meadow-73");
                yuri.open("sessions");
                yuri.click(By.id("new-session"));
                yuri.await(By.cssSelector("#session-name input")).sendKeys("Yuri's seminar");
                WebElement addCase = yuri.await(By.cssSelector("#session-add-case input"));
                addCase.sendKeys("Mary");
                yuri.wait.until(d ->
                        !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
                addCase.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
                yuri.click(By.id("create-session"));
                yuri.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-code")));
                yuri.awaitVaadin();
                code = yuri.text(By.id("dashboard-code"));
            }
            try (Browser tess = new Browser(app.baseUrl(), temp.resolve("tess"), 1280, 800)) {
                tess.login("tess", "saffron-bridge-29");
                tess.open("sessions");
                tess.await(By.cssSelector("#join-code input")).sendKeys(code);
                tess.click(By.id("join-session"));
                tess.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));

                try (Browser xena = new Browser(app.baseUrl(), temp.resolve("xena"), 1440, 900)) {
                    xena.login("xena", "orchard-violin-58");
                    xena.open("users");
                    xena.await(By.cssSelector("vaadin-grid"));
                    assertThat(xena.driver.getPageSource())
                            .as("Xena's users page")
                            .doesNotContain("Tess Trainee", "Administrator");
                }
                try (Browser yuri = new Browser(app.baseUrl(), temp.resolve("yuri-2"), 1440, 900)) {
                    yuri.login("yuri", "granite-meadow-73");
                    yuri.open("users");
                    yuri.wait.until(d -> d.getPageSource().contains("Tess Trainee"));
                    yuri.click(yuri.await(By.cssSelector("vaadin-button[aria-label='Reset password of tess']")));
                    yuri.await(By.cssSelector(
                                    "vaadin-dialog-overlay vaadin-password-field input, vaadin-password-field input"))
                            .sendKeys("temporary-lamp-404");
                    yuri.click(yuri.buttonWithText("Set password"));
                    yuri.wait.until(d -> d.getPageSource().contains("New password set for tess"));
                }
                // Tess's open session has ended: the next page she opens is the sign-in page
                tess.driver.get(app.baseUrl() + "sessions");
                tess.wait.until(d -> d.getCurrentUrl().contains("/login"));
            }
            try (Browser tess = new Browser(app.baseUrl(), temp.resolve("tess-2"), 1280, 800)) {
                tess.login("tess", "temporary-lamp-404");
                tess.wait.until(d -> d.getCurrentUrl().contains("/password"));
                tess.await(By.cssSelector("#current-password input")).sendKeys("temporary-lamp-404");
                tess.await(By.cssSelector("#new-password input")).sendKeys("her-own-choice-9");
                tess.await(By.cssSelector("#repeat-password input")).sendKeys("her-own-choice-9");
                tess.click(tess.buttonWithText("Change my password"));
                tess.wait.until(d -> !d.getCurrentUrl().contains("/password"));
                tess.open("my-attempts");
                assertThat(tess.driver.getCurrentUrl()).doesNotContain("/password");
            }
        }
    }
}
