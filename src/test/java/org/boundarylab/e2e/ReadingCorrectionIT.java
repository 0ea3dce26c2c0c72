package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.boundarylab.judgment.rules.EvaluationFile;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reviewing the rule base's reading in a real headless Chromium against the packaged jar: a
 * supervisor corrects the reading of a trainee's reasoning from the trainee's report; the trainee then
 * sees the feedback given again; the correction is on the Reading corrections page and in its export,
 * which the rule base's evaluation reader reads. Then three supervisors read the session's judgments
 * blind in a calibration round, and its report opens when the round closes. Saves the screenshots in
 * docs/screenshots.
 */
class ReadingCorrectionIT {

    static final Path DOCS = Path.of("docs", "screenshots");
    static final String HOME_VISIT = "He sees her on a home visit.";

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void a_supervisor_corrects_a_reading_the_trainee_sees_it_and_a_panel_calibrates() throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start()) {
            try (Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
                admin.login("admin", AppProcess.ADMIN_PASSWORD);
                admin.createAccount("Sam Okoye", "sam", "copper-lantern-58", "Supervisor");
                admin.createAccount("Rue Tanaka", "rue", "quiet-meadow-73", "Supervisor");
                admin.createAccount("Ivo Brandt", "ivo", "amber-violin-29", "Supervisor");
                admin.createTrainee("Tina Marsh", "tina", "harbour-pine-64");
                admin.createTrainee("Omar Haddadi", "omar", "silver-fjord-31");
            }
            try (Browser sam = new Browser(app.baseUrl(), temp.resolve("sam"), 1440, 900)) {
                sam.login("sam", "copper-lantern-58");
                String code = openSession(sam);
                try (Browser tina = joined(app, "tina", "harbour-pine-64", code)) {
                    judge(tina, "mark-NONE", HOME_VISIT);
                    judge(tina, "mark-NONE", "He writes the extra time in her record and says so openly.");
                    judge(tina, "mark-ROLE_REVERSAL", "She looks after him now and his needs run the sessions.");
                    judge(tina, "mark-SECRECY", "He hides the relationship by seeing her after everyone has left.");
                    judge(tina, "mark-PROFESSIONAL_PRIVILEGE", "He calls sexual contact part of her treatment.");
                    judge(
                            tina,
                            "mark-DOUBLE_BIND",
                            "She could not refuse without betraying the therapy, and it must stay secret.");
                    tina.click(By.id("next-segment"));
                    tina.click(By.cssSelector("#knowledge-answer textarea"));
                    tina.driver
                            .findElement(By.cssSelector("#knowledge-answer textarea"))
                            .sendKeys("Role reversal, professional privilege, the double bind and secrecy.");
                    tina.click(By.id("submit-answer"));
                    tina.wait.until(d -> d.getPageSource().contains("Knowledge check: feedback"));
                }
                try (Browser omar = joined(app, "omar", "silver-fjord-31", code)) {
                    judge(omar, "mark-NONE", "She admires him, which is normal at this stage.");
                    judge(omar, "mark-SECRECY", "Running over time feels hidden from the clinic.");
                    judge(omar, "mark-ROLE_REVERSAL", "She has become his caretaker and listens to his troubles.");
                    judge(omar, "mark-DOUBLE_BIND", "Late sessions in an empty office trap her.");
                }

                correctTheHomeVisit(sam);
                try (Browser tina = new Browser(app.baseUrl(), temp.resolve("tina-after"), 1440, 900)) {
                    tina.login("tina", "harbour-pine-64");
                    traineeSeesTheCorrectedFeedback(tina);
                }
                correctionsPageAndExport(sam);
                long round = calibrate(app, sam);
                calibrationReport(sam, round);
                correctionsPageShots(sam);
            }
        }
    }

    private static String openSession(Browser sam) {
        sam.open("sessions");
        sam.click(By.id("new-session"));
        sam.await(By.cssSelector("#session-name input")).sendKeys("Ethics seminar, week 5");
        WebElement addCase = sam.await(By.cssSelector("#session-add-case input"));
        addCase.sendKeys("Mary");
        sam.wait.until(
                d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        addCase.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        sam.wait.until(d -> d.getPageSource().contains("Mary: the last appointment of the day"));
        sam.click(By.id("create-session"));
        sam.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-code")));
        sam.awaitVaadin();
        return sam.text(By.id("dashboard-code"));
    }

    private Browser joined(AppProcess app, String user, String password, String code) {
        Browser b = new Browser(app.baseUrl(), temp.resolve(user), 1280, 900);
        b.login(user, password);
        b.open("sessions");
        b.await(By.cssSelector("#join-code input")).sendKeys(code);
        b.click(By.id("join-session"));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));
        b.awaitVaadin();
        return b;
    }

    /** Judges the segment on screen (fairly sure) and moves on to the next one when there is one. */
    private static void judge(Browser b, String cardId, String rationale) {
        b.click(By.cssSelector("#" + cardId + " > label"));
        b.click(By.cssSelector("#rationale textarea"));
        b.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys(rationale);
        b.click(b.driver
                .findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                .get(1));
        b.click(By.id("submit-judgment"));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
        b.awaitVaadin();
        if (!b.text(By.id("next-segment")).contains("knowledge check")) {
            b.nextSegment();
        }
    }

    /** Sam opens Tina's report, then her first judgment's reading, and says the home visit describes nothing of the four. */
    private static void correctTheHomeVisit(Browser sam) throws Exception {
        sam.open("reports");
        sam.click(By.linkText("Tina Marsh"));
        sam.click(By.id("correct-reading-0"));
        sam.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-reading")));
        sam.awaitVaadin();
        assertThat(sam.text(By.cssSelector(".reasoning"))).isEqualTo(HOME_VISIT);
        assertThat(sam.text(By.id("rule-reading"))).endsWith("read: Secrecy");
        assertThat(sam.text(By.id("save-reading"))).isEqualTo("Confirm the rule base's reading");
        tick(sam, "#reading-choice", Characteristic.SECRECY);
        sam.wait.until(d -> sam.text(By.id("save-reading")).equals("Save the corrected reading"));
        sam.click(By.cssSelector("#reading-comment textarea"));
        sam.driver
                .findElement(By.cssSelector("#reading-comment textarea"))
                .sendKeys("A home visit on its own hides nothing; say what kept it from the team.");
        sam.click(By.id("save-reading"));
        sam.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("corrected-feedback")));
        sam.awaitVaadin();
        assertThat(sam.text(By.id("corrected-feedback")))
                .contains("it describes none of the four (the rule base read secrecy)");
        tallShot(sam, 1440, 1500, DOCS.resolve("reading-correction-1440.png"));
    }

    /** Clicks the card of a characteristic in a reading choice (ticks or unticks it). */
    private static void tick(Browser b, String group, Characteristic c) {
        WebElement card = b.wait.until(d -> d.findElements(By.cssSelector(group + " vaadin-checkbox")).stream()
                .filter(x -> x.getText().strip().startsWith(c.label() + ":"))
                .findFirst()
                .orElse(null));
        b.click(card.findElement(By.tagName("label")));
        b.awaitVaadin();
    }

    private static void traineeSeesTheCorrectedFeedback(Browser tina) throws Exception {
        tina.open("reports/trainee/me");
        tina.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".reading-note")));
        assertThat(tina.text(By.cssSelector(".reading-note")))
                .contains("A supervisor corrected the reading", "say what kept it from the team");
        assertThat(tina.text(By.cssSelector(".report-page"))).doesNotContain("Your reasoning mentions secrecy");
        tina.open("attempt/1/summary");
        tina.await(By.cssSelector(".summary-card .reading-note"));
        assertThat(tina.text(By.cssSelector(".summary-cards"))).doesNotContain("Your reasoning mentions secrecy");
    }

    private static void correctionsPageAndExport(Browser sam) throws Exception {
        sam.open("review/corrections");
        sam.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("corrections-grid")));
        sam.awaitVaadin();
        assertThat(sam.text(By.id("corrections-heading"))).isEqualTo("1 reading reviewed: 1 corrected, 0 confirmed");
        assertThat(sam.text(By.id("corrections-grid"))).contains(HOME_VISIT, "None of the four");
        String href = sam.await(By.id("export-readings")).getAttribute("href");
        Object text = ((JavascriptExecutor) sam.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed: ' + e));",
                        href);
        List<EvaluationFile.Row> rows = EvaluationFile.parse(
                "reading-corrections.csv", String.valueOf(text).lines().toList());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.caseId()).isEqualTo("mary-after-hours");
            assertThat(row.labels()).isEmpty();
            assertThat(row.text()).isEqualTo(HOME_VISIT);
        });
    }

    /** The Reading corrections page once the panel's readings are accepted too. */
    private static void correctionsPageShots(Browser sam) throws Exception {
        sam.open("review/corrections");
        sam.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("corrections-grid")));
        sam.awaitVaadin();
        assertThat(sam.text(By.id("corrections-grid"))).contains("(calibration)");
        tallShot(sam, 1440, 1300, DOCS.resolve("reading-corrections-1440.png"));
        tallShot(sam, 1920, 1200, DOCS.resolve("reading-corrections-1920.png"));
    }

    /** A screenshot of the top of the view in a window of this size; the window is then put back to 1440 x 900. */
    private static void tallShot(Browser b, int width, int height, Path file) throws Exception {
        b.driver.manage().window().setSize(new Dimension(width, height));
        b.awaitVaadin();
        b.screenshotFromTop(file);
        b.driver.manage().window().setSize(new Dimension(1440, 900));
        b.awaitVaadin();
    }

    /** Sam starts a round over the session; Sam, Rue and Ivo each read every judgment blind. Returns the round's id. */
    private long calibrate(AppProcess app, Browser sam) throws Exception {
        sam.open("review/calibration");
        sam.click(By.id("new-round"));
        sam.await(By.cssSelector("#round-name input")).sendKeys("Week 5 panel");
        for (String colleague : List.of("Rue", "Ivo")) {
            WebElement raters = sam.await(By.cssSelector("#round-raters input"));
            raters.sendKeys(colleague);
            sam.wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                    .anyMatch(i -> i.isDisplayed() && i.getText().startsWith(colleague)));
            raters.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            sam.awaitVaadin();
            // Tab away rather than Escape, which would also close the dialog
            raters.sendKeys(Keys.TAB);
            sam.awaitVaadin();
        }
        sam.click(By.id("start-round"));
        sam.wait.until(d -> d.getCurrentUrl().matches(".*/review/calibration/\\d+$"));
        sam.awaitVaadin();
        assertThat(sam.text(By.cssSelector(".report-page")))
                .contains(
                        "Who has read",
                        "Rue Tanaka: read 0 of 10",
                        "Ivo Brandt: read 0 of 10",
                        "Sam Okoye: read 0 of 10");
        long round = Long.parseLong(sam.driver.getCurrentUrl().replaceAll(".*/", ""));
        readAll(sam, round, "sam");
        try (Browser rue = new Browser(app.baseUrl(), temp.resolve("rue"), 1440, 900);
                Browser ivo = new Browser(app.baseUrl(), temp.resolve("ivo"), 1440, 900)) {
            rue.login("rue", "quiet-meadow-73");
            readAll(rue, round, "rue");
            ivo.login("ivo", "amber-violin-29");
            readAll(ivo, round, "ivo");
        }
        return round;
    }

    /**
     * Reads every judgment of the round as this rater would: ticks by the words of the reasoning (Rue also
     * reads "hidden" as secrecy; Ivo misses double binds and calls their feedback unfair), then says
     * whether the feedback was fair.
     */
    private static void readAll(Browser b, long round, String rater) {
        b.open("review/calibration/" + round + "/read");
        for (int item = 1; item <= 10; item++) {
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calibration-progress")));
            assertThat(b.text(By.id("calibration-progress"))).isEqualTo("Judgment " + item + " of 10");
            assertThat(b.text(By.cssSelector(".review-page")))
                    .doesNotContain("Tina")
                    .doesNotContain("Omar");
            String reasoning = b.text(By.cssSelector(".reasoning")).toLowerCase(Locale.ROOT);
            boolean bind = reasoning.contains("betraying");
            if (reasoning.contains("looks after") || reasoning.contains("caretaker")) {
                tick(b, "#calibration-reading", Characteristic.ROLE_REVERSAL);
            }
            if (reasoning.contains("hides")
                    || reasoning.contains("secret")
                    || rater.equals("rue") && reasoning.contains("hidden")) {
                tick(b, "#calibration-reading", Characteristic.SECRECY);
            }
            if (reasoning.contains("treatment")) {
                tick(b, "#calibration-reading", Characteristic.PROFESSIONAL_PRIVILEGE);
            }
            if (bind && !rater.equals("ivo")) {
                tick(b, "#calibration-reading", Characteristic.DOUBLE_BIND);
            }
            b.click(By.id("save-calibration"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calibration-fair")));
            b.awaitVaadin();
            boolean fair = !(rater.equals("ivo") && bind || rater.equals("sam") && reasoning.contains("home visit"));
            WebElement choice =
                    b.wait.until(d -> d.findElements(By.cssSelector("#calibration-fair vaadin-radio-button")).stream()
                            .filter(r -> r.getText().strip().equals(fair ? "Fair" : "Not fair"))
                            .findFirst()
                            .orElse(null));
            b.click(choice.findElement(By.tagName("label")));
            b.awaitVaadin();
            b.click(By.id("save-calibration"));
            b.awaitVaadin();
        }
        b.wait.until(d -> d.getPageSource().contains("You have read every judgment"));
    }

    private static void calibrationReport(Browser sam, long round) throws Exception {
        sam.open("review/calibration/" + round);
        sam.click(By.id("close-round"));
        sam.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        sam.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kappa-between")));
        sam.awaitVaadin();
        assertThat(sam.text(By.id("kappa-between")))
                .contains("Fleiss' kappa", "Ivo Brandt & Rue Tanaka", "The feedback was fair");
        assertThat(sam.text(By.id("kappa-rule-base"))).contains("Secrecy");
        assertThat(sam.text(By.id("discussion"))).contains("Where the raters disagreed most");
        tallShot(sam, 1440, 1700, DOCS.resolve("calibration-report-1440.png"));
        tallShot(sam, 1920, 1500, DOCS.resolve("calibration-report-1920.png"));
        // the panel's readings against the rule base, accepted in one step
        String accept = sam.text(By.id("accept-panel-readings"));
        sam.click(By.id("accept-panel-readings"));
        sam.wait.until(d -> d.findElements(By.id("accept-panel-readings")).isEmpty());
        assertThat(accept).startsWith("Accept");
        assertThat(sam.text(By.id("panel-readings"))).contains("In force as a reading correction.");
    }
}
