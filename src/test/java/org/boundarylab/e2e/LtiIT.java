package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.boundarylab.lti.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The packaged jar and a platform of our own on loopback, in headless Chromium: an admin registers
 * the platform on the LMS platforms page; a learner opens the activity on the platform's course
 * page, arrives signed in (a new account linked to their platform id) in Mary's case, completes it,
 * and the platform receives the score the summary shows; a launch whose token was tampered with is
 * refused with a page that says why, and the audit trail has it.
 */
class LtiIT {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void a_learner_launched_from_the_lms_completes_marys_case_and_the_lms_gets_the_score() throws Exception {
        try (TestPlatform platform = new TestPlatform();
                AppProcess app =
                        new AppProcess(temp.resolve("data"), List.of("--boundarylab.lti.send-interval=1s")).start();
                Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
            platform.toolBase = app.baseUrl();
            admin.login("admin", AppProcess.ADMIN_PASSWORD);
            admin.open("lms-platforms");
            assertThat(admin.text(By.cssSelector("h1"))).isEqualTo("LMS platforms");
            // saved empty: each field says what it needs
            admin.click(By.id("lti-save"));
            admin.wait.until(d -> d.findElement(By.id("lti-issuer")).getDomAttribute("invalid") != null);
            ((JavascriptExecutor) admin.driver)
                    .executeScript("document.getElementById('lti-name').scrollIntoView({block: 'start'})");
            admin.screenshot(SHOTS.resolve("lti-platforms-invalid-1440.png"));
            type(admin, "#lti-name input", "Test LMS");
            type(admin, "#lti-issuer input", platform.issuer());
            type(admin, "#lti-client-id input", TestPlatform.CLIENT_ID);
            type(admin, "#lti-deployments textarea", TestPlatform.DEPLOYMENT);
            type(admin, "#lti-auth input", platform.base() + "/auth");
            type(admin, "#lti-token input", platform.base() + "/token");
            type(admin, "#lti-jwks input", platform.base() + "/jwks");
            admin.click(By.id("lti-save"));
            admin.wait.until(
                    d -> d.findElement(By.id("lti-platforms")).getText().contains("Test LMS"));
            assertThat(admin.text(By.id("lti-platforms")))
                    .contains("deployments " + TestPlatform.DEPLOYMENT, "new window");
            assertThat(admin.driver.findElements(By.cssSelector("#lti-tool-values vaadin-text-field")).stream()
                            .map(f -> f.getDomProperty("value"))
                            .toList())
                    .contains(app.baseUrl() + "lti/login", app.baseUrl() + "lti/launch", app.baseUrl() + "lti/jwks");
            admin.open("lms-platforms");
            admin.await(By.id("lti-platforms"));
            shots(admin, "lti-platforms");

            try (Browser learner = new Browser(platform.base() + "/", temp.resolve("learner"), 1440, 900)) {
                learner.driver.get(platform.base() + "/course?as=learner");
                learner.click(By.id("open-activity"));
                // the launch opens the case in this (top-level) window, signed in as a new trainee
                learner.await(By.cssSelector("#knowledge-answer textarea"));
                assertThat(learner.driver.getCurrentUrl()).isEqualTo(app.baseUrl() + "case/mary-after-hours");
                learner.click(By.cssSelector("#knowledge-answer textarea"));
                learner.driver
                        .findElement(By.cssSelector("#knowledge-answer textarea"))
                        .sendKeys("Secrecy, perhaps.");
                learner.click(By.id("submit-recall-before"));
                learner.await(By.id("submit-judgment"));
                learner.awaitVaadin();
                for (int segment = 1; segment <= 6; segment++) {
                    judge(learner, segment == 3 ? "mark-ROLE_REVERSAL" : "mark-NONE");
                    learner.click(By.id("next-segment"));
                    if (segment < 6) {
                        learner.await(By.id("submit-judgment"));
                        learner.awaitVaadin();
                    }
                }
                learner.click(By.cssSelector("#knowledge-answer textarea"));
                learner.driver
                        .findElement(By.cssSelector("#knowledge-answer textarea"))
                        .sendKeys("Role reversal, professional privilege, the double bind, and secrecy.");
                learner.click(By.id("submit-answer"));
                learner.wait.until(d -> d.getPageSource().contains("Knowledge check: feedback"));
                learner.click(By.id("next-segment"));
                String total = learner.text(By.cssSelector(".total-score"));
                assertThat(total).matches("-?[0-9.]+ of 22 points");
                double shown = Double.parseDouble(total.substring(0, total.indexOf(' ')));

                long deadline = System.currentTimeMillis() + 30_000;
                while (platform.scores.isEmpty() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(250);
                }
                assertThat(platform.scores).hasSize(1);
                JsonNode score = platform.scores.getFirst();
                assertThat(score.get("userId").asString()).isEqualTo(TestPlatform.LEARNER.subject());
                assertThat(score.get("scoreGiven").asDouble()).isEqualTo(Math.max(0, shown));
                assertThat(score.get("scoreMaximum").asDouble()).isEqualTo(22.0);
                assertThat(score.get("activityProgress").asString()).isEqualTo("Completed");
                assertThat(score.get("gradingProgress").asString()).isEqualTo("FullyGraded");

                // a token signed with another key: refused, with the reason and what to do
                platform.tamper = TestPlatform.Tamper.SIGNATURE;
                learner.driver.get(platform.base() + "/course?as=learner");
                learner.click(By.id("open-activity"));
                learner.wait.until(d -> d.getTitle().startsWith("This launch was refused"));
                assertThat(learner.text(By.id("refusal-reason")))
                        .isEqualTo("The token's signature does not match the platform's public key.");
                refusalShots(learner);
            }
            Thread.sleep(1500);
            assertThat(platform.scores).as("sent once, never again").hasSize(1);

            // the audit trail names the refusal in plain words
            admin.driver.manage().window().setSize(new Dimension(1440, 900));
            admin.open("operations");
            admin.wait.until(d -> d.getPageSource().contains("LTI_LAUNCH_REFUSED")
                    || d.getPageSource().contains("Refused a launch from Test LMS"));
            assertThat(admin.driver.getPageSource())
                    .contains("Refused a launch from Test LMS: the token's signature does not match");
        }
    }

    private static void judge(Browser b, String mark) {
        b.click(By.cssSelector("#" + mark + " > label"));
        b.click(By.cssSelector("#rationale textarea"));
        b.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys("She admires him; he keeps the frame.");
        b.click(b.driver
                .findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                .get(1));
        b.click(By.id("submit-judgment"));
        b.await(By.cssSelector(".feedback-panel"));
        b.awaitVaadin();
    }

    private static void shots(Browser b, String name) throws Exception {
        for (int[] size : new int[][] {{1440, 900}, {1920, 1080}, {390, 844}}) {
            b.driver.manage().window().setSize(new Dimension(size[0], size[1]));
            b.awaitVaadin();
            b.screenshotFromTop(SHOTS.resolve(name + "-" + size[0] + ".png"));
            ((JavascriptExecutor) b.driver)
                    .executeScript("document.getElementById('lti-platforms').scrollIntoView({block: 'start'})");
            b.screenshot(SHOTS.resolve(name + "-registered-" + size[0] + ".png"));
        }
        b.driver.manage().window().setSize(new Dimension(1440, 900));
    }

    private static void refusalShots(Browser b) throws Exception {
        for (int[] size : new int[][] {{1440, 900}, {1920, 1080}, {390, 844}}) {
            b.driver.manage().window().setSize(new Dimension(size[0], size[1]));
            b.screenshot(SHOTS.resolve("lti-refused-" + size[0] + ".png"));
        }
    }

    private static void type(Browser b, String css, String text) {
        WebElement input = b.await(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
