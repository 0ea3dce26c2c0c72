package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core on every screen and state a person can reach, in one app and one browser: signed out,
 * as a trainee working through Mary's case (the recall question before and after, the judgment
 * screen, feedback, the summary) and as an admin (library, editor, users with errors, rules,
 * operations, sessions, dashboard, projector, reports, review, error pages). No serious or
 * critical violation is allowed anywhere. It also takes the screenshots in docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT {

    static final Path DOCS = Path.of("docs", "screenshots");
    static final String TRAINEE_PASSWORD = "lantern-field-38";
    @TempDir
    static Path temp;
    static AppProcess app;
    static Browser browser;
    static final Axe AXE = new Axe();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        app = new AppProcess(temp.resolve("data")).start();
        browser = new Browser(app.baseUrl(), temp.resolve("profile"), 1440, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void signed_out_screens_pass_axe() {
        browser.open("login");
        browser.await(By.cssSelector("input[name=username]"));
        AXE.check(browser, "sign-in");
    }

    @Test
    @Order(2)
    void admin_screens_pass_axe() throws Exception {
        browser.login("admin", AppProcess.ADMIN_PASSWORD);
        browser.await(By.cssSelector(".case-card"));
        AXE.check(browser, "library (admin)");
        browser.createTrainee("Tess Okoro", "tess", TRAINEE_PASSWORD);
        AXE.check(browser, "users");

        browser.open("rules");
        AXE.check(browser, "rules");
        browser.open("operations");
        AXE.check(browser, "operations");
        browser.open("references");
        AXE.check(browser, "references");
        browser.open("password");
        AXE.check(browser, "my password");
        browser.open("review/corrections");
        AXE.check(browser, "reading corrections");
        browser.open("review/calibration");
        AXE.check(browser, "calibration rounds");
        browser.open("authoring");
        browser.await(By.id("case-title"));
        AXE.check(browser, "editor (new case)");
        browser.open("no-such-page");
        AXE.check(browser, "error page: not found");
        browser.open("case/no-such-case");
        AXE.check(browser, "judgment screen: unknown case");

        browser.open("sessions");
        AXE.check(browser, "live sessions (staff)");
        browser.click(By.id("new-session"));
        browser.await(By.cssSelector("#session-name input")).sendKeys("Accessibility seminar");
        AXE.check(browser, "new session dialog");
        WebElement addCase = browser.await(By.cssSelector("#session-add-case input"));
        addCase.sendKeys("Mary");
        browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        addCase.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.click(By.id("create-session"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-code")));
        AXE.check(browser, "dashboard");
        browser.click(By.id("show-join-full-screen"));
        browser.await(By.id("join-qr"));
        AXE.check(browser, "join screen");
        browser.click(By.id("close-join-dialog"));
        browser.open("sessions/1/projector");
        browser.await(By.id("projector-text"));
        AXE.check(browser, "projector");
        browser.open("reports");
        AXE.check(browser, "reports (staff)");
        signOut();
    }

    @Test
    @Order(3)
    void trainee_screens_pass_axe() throws Exception {
        browser.login("tess", TRAINEE_PASSWORD);
        browser.await(By.cssSelector(".case-card"));
        AXE.check(browser, "library (trainee)");
        browser.open("sessions");
        AXE.check(browser, "live sessions (trainee)");
        browser.open("users");
        AXE.check(browser, "error page: not allowed");
        browser.open("");
        browser.click(By.cssSelector("a[aria-label='Start case: Mary: the last appointment of the day']"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));
        browser.awaitVaadin();
        AXE.check(browser, "judgment screen: first segment");
        for (int segment = 1; segment <= 6; segment++) {
            if (segment == 2) {
                AXE.check(browser, "judgment screen: with earlier segments");
            }
            judge(segment == 3 ? "mark-ROLE_REVERSAL" : "mark-NONE");
            if (segment <= 2) {
                AXE.check(browser, "feedback " + segment);
            }
            browser.click(By.id("next-segment"));
            browser.awaitVaadin();
        }
        browser.await(By.cssSelector("#knowledge-answer textarea"));
        AXE.check(browser, "knowledge check");
        browser.click(By.cssSelector("#knowledge-answer textarea"));
        browser.driver.findElement(By.cssSelector("#knowledge-answer textarea")).sendKeys("Role reversal and secrecy.");
        browser.click(By.id("submit-answer"));
        browser.wait.until(d -> d.getPageSource().contains("Knowledge check: feedback"));
        AXE.check(browser, "knowledge check feedback");
        browser.click(By.id("next-segment"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".summary-card")));
        AXE.check(browser, "summary");
        browser.open("my-attempts");
        AXE.check(browser, "my attempts");
        browser.open("reports/trainee/me");
        browser.await(By.cssSelector(".report-page"));
        AXE.check(browser, "my report");
        signOut();
    }

    @Test
    @Order(4)
    void staff_report_screens_pass_axe() {
        browser.login("admin", AppProcess.ADMIN_PASSWORD);
        browser.open("reports/cases/mary-after-hours");
        browser.await(By.cssSelector(".report-page"));
        AXE.check(browser, "cohort report");
        browser.open("reports");
        browser.click(By.linkText("Tess Okoro"));
        browser.await(By.id("override-0"));
        AXE.check(browser, "trainee report (staff)");
        browser.click(By.id("override-0"));
        browser.await(By.id("override-score"));
        AXE.check(browser, "override dialog");
    }

    @Test
    @Order(99)
    void no_screen_has_a_serious_or_critical_violation() {
        assertThat(AXE.screens()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(AXE.violations()).as("serious or critical axe violations").isEmpty();
    }

    /** Judges the segment on screen (none of these, fairly sure). */
    private static void judge(String cardId) {
        browser.click(By.cssSelector("#" + cardId + " > label"));
        browser.click(By.cssSelector("#rationale textarea"));
        browser.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys("The frame holds in this segment.");
        browser.click(browser.driver.findElements(By.cssSelector("#certainty vaadin-radio-button > label")).get(1));
        browser.click(By.id("submit-judgment"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
        browser.awaitVaadin();
    }

    private static void signOut() {
        browser.driver.manage().deleteAllCookies();
        browser.open("login");
    }

    static void viewport(int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth");
        long innerHeight = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerHeight");
        browser.driver.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
    }
}
