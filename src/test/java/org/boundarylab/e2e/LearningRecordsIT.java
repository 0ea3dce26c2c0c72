package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.boundarylab.export.MoodleImportRules;
import org.boundarylab.xapi.Lrs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The packaged jar in headless Chromium: an admin points it at a real LRS on the Learning records
 * page, and what they then do in a case reaches the LRS; on the library, "Download for Moodle"
 * gives a Moodle XML file Moodle's import rules accept.
 */
class LearningRecordsIT {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void an_admin_points_the_app_at_an_lrs_and_a_case_started_arrives_there() throws Exception {
        try (Lrs lrs = new Lrs().start();
                AppProcess app = new AppProcess(temp.resolve("data")).start();
                Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
            admin.login("admin", AppProcess.ADMIN_PASSWORD);
            admin.open("learning-records");
            assertThat(admin.text(By.cssSelector("h1"))).isEqualTo("Learning records");
            // turned on without credentials: refused, each field says why
            admin.click(By.cssSelector("#lrs-enabled > label"));
            admin.click(By.id("lrs-save"));
            admin.wait.until(d -> d.findElement(By.id("lrs-key")).getAttribute("invalid") != null);
            admin.screenshotFromTop(SHOTS.resolve("learning-records-invalid-1440.png"));
            type(admin, "#lrs-endpoint input", lrs.endpoint());
            type(admin, "#lrs-key input", "boundary-lab");
            type(admin, "#lrs-secret input", "lrs-secret-1");
            type(admin, "#lrs-home-page input", app.baseUrl());
            admin.click(By.id("lrs-save"));
            admin.wait.until(d -> d.findElement(By.id("lrs-key")).getDomAttribute("invalid") == null);
            admin.click(By.id("lrs-check"));
            admin.wait.until(
                    d -> d.findElement(By.id("lrs-check-result")).getText().startsWith("The LRS answered"));

            // the admin previews Mary's case: started, one segment judged
            admin.open("");
            admin.click(By.cssSelector("a[aria-label='Start case: Mary: the last appointment of the day']"));
            admin.awaitVaadin();
            // the case's recall question comes first, unscored
            admin.click(By.cssSelector("#knowledge-answer textarea"));
            admin.driver
                    .findElement(By.cssSelector("#knowledge-answer textarea"))
                    .sendKeys("Secrecy, perhaps.");
            admin.click(By.id("submit-recall-before"));
            admin.await(By.id("submit-judgment"));
            admin.awaitVaadin();
            admin.click(By.cssSelector("#mark-NONE > label"));
            admin.click(By.cssSelector("#rationale textarea"));
            admin.driver
                    .findElement(By.cssSelector("#rationale textarea"))
                    .sendKeys("She admires him; he keeps the frame.");
            admin.click(admin.driver
                    .findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                    .get(1));
            admin.click(By.id("submit-judgment"));
            admin.await(By.cssSelector(".feedback-panel"));

            long deadline = System.currentTimeMillis() + 30_000;
            List<JsonNode> stored = lrs.statements();
            while (stored.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
                stored = lrs.statements();
            }
            assertThat(stored)
                    .extracting(s -> s.at("/verb/id").asString())
                    .containsExactlyInAnyOrder(
                            "http://adlnet.gov/expapi/verbs/attempted", "http://adlnet.gov/expapi/verbs/answered");
            assertThat(stored)
                    .allSatisfy(s -> assertThat(s.at("/actor/account/homePage").asString())
                            .isEqualTo(app.baseUrl().replaceAll("/$", "")));
            admin.open("learning-records");
            assertThat(admin.text(By.id("lrs-status"))).startsWith("0 waiting, 2 sent, 0 rejected by the LRS.");
            admin.click(By.id("lrs-check"));
            admin.wait.until(
                    d -> d.findElement(By.id("lrs-check-result")).getText().startsWith("The LRS answered"));
            for (int[] size : new int[][] {{1440, 900}, {1920, 1080}, {390, 844}}) {
                admin.driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
                admin.awaitVaadin();
                admin.screenshotFromTop(SHOTS.resolve("learning-records-" + size[0] + ".png"));
                // the bottom of the page: the connection check's answer and the outbox
                ((org.openqa.selenium.JavascriptExecutor) admin.driver)
                        .executeScript("document.getElementById('lrs-status').scrollIntoView({block: 'end'})");
                admin.screenshot(SHOTS.resolve("learning-records-outbox-" + size[0] + ".png"));
            }
        }
    }

    @Test
    void download_for_moodle_on_a_case_card_gives_questions_moodle_imports() throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start();
                Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
            admin.login("admin", AppProcess.ADMIN_PASSWORD);
            admin.open("");
            WebElement link = admin.await(By.cssSelector(
                    "a[aria-label='Download for Moodle (Moodle XML): Mary: the last appointment of the day']"));
            assertThat(link.getText()).isEqualTo("Download for Moodle");
            ((org.openqa.selenium.JavascriptExecutor) admin.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            admin.screenshot(SHOTS.resolve("library-moodle-download-1440.png"));
            String cookie = admin.driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> xml = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                                    .header("Cookie", "JSESSIONID=" + cookie)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(xml.statusCode()).isEqualTo(200);
            assertThat(xml.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(v -> assertThat(v).contains("mary-after-hours-moodle.xml"));
            assertThat(MoodleImportRules.problems(xml.body())).isEmpty();
            assertThat(xml.body()).contains("<question type=\"multichoice\">");
        }
    }

    private static void type(Browser b, String css, String text) {
        WebElement input = b.await(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
