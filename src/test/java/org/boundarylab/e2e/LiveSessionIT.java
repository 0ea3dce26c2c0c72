package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor runs a session in reveal mode with two trainees, each in their own browser: the
 * dashboard fills in as they answer, without a reload; the reveal reaches the trainees by push,
 * and the room moves on together.
 */
class LiveSessionIT {

    static final Path SHOTS = TraineeJourneyIT.SHOTS;
    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void the_dashboard_updates_live_and_a_reveal_reaches_the_trainees() throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start();
                Browser sup = new Browser(app.baseUrl(), temp.resolve("sup"), 1440, 900)) {
            sup.login("admin", AppProcess.ADMIN_PASSWORD);
            sup.createTrainee("Ada Trainee", "ada", "river-stone-612");
            sup.createTrainee("Bo Trainee", "bo", "maple-kite-123");
            sup.open("sessions");
            sup.click(By.id("new-session"));
            sup.await(By.cssSelector("#session-name input")).sendKeys("Seminar week 3");
            WebElement addCase = sup.await(By.cssSelector("#session-add-case input"));
            addCase.sendKeys("Daniel");
            sup.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
            addCase.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            sup.wait.until(d -> d.getPageSource().contains("Daniel: the counsellor"));
            sup.click(sup.driver.findElements(By.cssSelector("#session-mode vaadin-radio-button > label")).get(2));
            sup.click(By.id("create-session"));
            sup.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-code")));
            sup.awaitVaadin();
            String code = sup.text(By.id("dashboard-code"));
            assertThat(code).matches("[A-Z0-9]{6}");

            try (Browser ada = trainee(app, "ada", "river-stone-612", code);
                    Browser bo = trainee(app, "bo", "maple-kite-123", code)) {
                sup.wait.until(d -> sup.text(By.cssSelector(".chart-total")).equals("0 of 2 joined have answered"));
                answer(ada, null);
                sup.wait.until(d -> sup.text(By.cssSelector(".chart-total")).equals("1 of 2 joined have answered"));
                answer(bo, "mark-SECRECY");
                sup.wait.until(d -> sup.text(By.cssSelector(".chart-total")).equals("2 of 2 joined have answered"));
                assertThat(sup.text(By.cssSelector(".room-chart"))).contains("Secrecy1", "None of these1");
                sup.screenshotFromTop(SHOTS.resolve("dashboard.png"));

                ada.await(By.id("awaiting-reveal"));
                assertThat(ada.all(By.cssSelector(".feedback-panel"))).isEmpty();
                sup.click(By.id("reveal"));
                ada.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
                bo.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
                assertThat(bo.all(By.cssSelector(".feedback-item")).stream().map(e -> e.getAttribute("data-code")))
                        .contains("OVERCALLED_NORMAL_IMBALANCE");
                assertThat(sup.text(By.cssSelector(".revealed-key"))).contains("Key: None of the four");

                ada.click(By.id("next-segment"));
                ada.wait.until(d -> d.getPageSource().contains("Waiting for the room"));
                sup.click(By.id("next-room-segment"));
                ada.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));
                assertThat(ada.text(By.cssSelector(".progress-text"))).isEqualTo("Segment 2 of 5");
                sup.wait.until(d -> sup.text(By.cssSelector(".chart-total")).equals("0 of 2 joined have answered"));
            }
            sup.open("sessions/1/projector");
            sup.await(By.cssSelector(".projector-text"));
            sup.screenshot(SHOTS.resolve("projector.png"));

            // the cohort report of the session: computed off the UI lock, with its chart drawn in the browser
            sup.open("reports/session/1");
            sup.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
            assertThat(sup.text(By.cssSelector(".report-page"))).contains("Session: Seminar week 3", "2 attempts",
                    "Confusion matrix", "Download PDF");
            assertThat(sup.text(By.cssSelector(".heat-map"))).contains("Secrecy");
            sup.screenshotFromTop(SHOTS.resolve("cohort-report.png"));
            sup.open("reports/trainee/2");
            sup.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
            assertThat(sup.text(By.cssSelector(".report-card"))).contains("Kappa against the key");
            sup.screenshotFromTop(SHOTS.resolve("trainee-report.png"));
        }
    }

    private Browser trainee(AppProcess app, String user, String password, String code) {
        Browser b = new Browser(app.baseUrl(), temp.resolve(user), 1280, 800);
        b.login(user, password);
        b.open("sessions");
        b.await(By.cssSelector("#join-code input")).sendKeys(code.toLowerCase());
        b.click(By.id("join-session"));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));
        b.awaitVaadin();
        return b;
    }

    private static void answer(Browser b, String cardId) {
        b.click(By.cssSelector("#" + (cardId == null ? "mark-NONE" : cardId) + " > label"));
        b.click(By.cssSelector("#rationale textarea"));
        b.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys("What I read in this moment.");
        b.click(b.driver.findElements(By.cssSelector("#certainty vaadin-radio-button > label")).get(1));
        b.click(By.id("submit-judgment"));
        b.awaitVaadin();
    }
}
