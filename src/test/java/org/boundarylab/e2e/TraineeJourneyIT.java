package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole trainee journey in a real headless Chromium against the packaged jar: an admin creates
 * a trainee; the trainee works through Mary's case; half-way the server is killed with kill -9,
 * restarted, and the trainee resumes with every acknowledged judgment still there.
 */
class TraineeJourneyIT {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void a_trainee_completes_marys_case_and_acknowledged_judgments_survive_kill_9() throws Exception {
        Path data = temp.resolve("data");
        try (AppProcess app = new AppProcess(data).start()) {
            assertThat(httpStatus(app.baseUrl() + "h2-console"))
                    .as("H2 console")
                    .isNotEqualTo(200);
            assertThat(httpStatus(app.baseUrl() + "h2-console/login.do"))
                    .as("H2 console")
                    .isNotEqualTo(200);
            try (Browser admin = new Browser(app.baseUrl(), temp.resolve("admin-profile"), 1440, 900)) {
                admin.login("admin", AppProcess.ADMIN_PASSWORD);
                admin.open("users");
                admin.buttonWithText("New account").click();
                admin.await(By.cssSelector("#new-name input")).sendKeys("Tina Trainee");
                admin.await(By.cssSelector("#new-username input")).sendKeys("tina");
                admin.await(By.cssSelector("#new-password input")).sendKeys("quiet-harbour-41");
                admin.click(admin.buttonWithText("Create account"));
                admin.wait.until(d -> d.getPageSource().contains("Tina Trainee"));
                admin.screenshot(SHOTS.resolve("users.png"));
            }

            try (Browser tina = new Browser(app.baseUrl(), temp.resolve("tina-profile"), 1440, 900)) {
                tina.login("tina", "quiet-harbour-41");
                tina.await(By.cssSelector(".case-card"));
                assertThat(tina.driver.getPageSource()).contains("Mary: the last appointment of the day");
                tina.screenshot(SHOTS.resolve("library.png"));
                tina.click(By.cssSelector("a[aria-label='Start case: Mary: the last appointment of the day']"));
                tina.awaitVaadin();
                // the case's recall question comes first, not scored
                tina.click(By.cssSelector("#knowledge-answer textarea"));
                tina.driver
                        .findElement(By.cssSelector("#knowledge-answer textarea"))
                        .sendKeys("Secrecy, perhaps.");
                tina.click(By.id("submit-recall-before"));
                tina.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        By.id("submit-judgment")));
                tina.awaitVaadin();

                answer(tina, 1, "mark-NONE", "She idealises him as a healer; he keeps the frame.", 2);
                tina.screenshot(SHOTS.resolve("segment-feedback-normal.png"));
                // worded for Mary's case, and "Why?" of a right answer lists its facts
                assertThat(tina.text(By.cssSelector(".feedback-item[data-code='CORRECT_NONE'] p")))
                        .contains("Mary's trust or admiration and Russ's authority");
                tina.click(By.cssSelector(".feedback-item[data-code='CORRECT_NONE'] vaadin-details-summary"));
                tina.await(By.cssSelector(".feedback-item[data-code='CORRECT_NONE'] .why"));
                assertThat(tina.text(By.cssSelector(".feedback-item[data-code='CORRECT_NONE'] .why")))
                        .contains("The key", "none of the four: the normal power imbalance", "none of these");
                tina.nextSegment();
                answer(tina, 2, "mark-SECRECY", "Running over time feels hidden.", 1);
                assertThat(tina.feedbackCodes()).contains("OVERCALLED_NORMAL_IMBALANCE");
            }

            // kill -9 right after the trainee saw feedback for two segments
            app.kill();
            app.start();

            try (Browser tina = new Browser(app.baseUrl(), temp.resolve("tina-profile-2"), 1440, 900)) {
                standInSpeech(tina);
                tina.login("tina", "quiet-harbour-41");
                tina.await(By.cssSelector(".case-status"));
                assertThat(tina.text(By.cssSelector(".case-status"))).isEqualTo("In progress: 2 of 6 segments judged");
                tina.click(By.linkText("Resume"));
                tina.awaitVaadin();
                assertThat(tina.text(By.cssSelector(".progress-text"))).isEqualTo("Segment 3 of 6");

                // reading aloud, with the browser's speech synthesis replaced by a stand-in (from before the
                // page's scripts ran) so that every state is seen for sure: Listen -> Pause -> Resume ->
                // Pause -> (finished) Listen; then no voice
                WebElement listen = tina.await(By.cssSelector(".current-segment .listen vaadin-button"));
                assertThat(listen.getText()).isEqualTo("Listen");
                press(tina, listen);
                tina.wait.until(d -> listen.getText().equals("Pause"));
                assertThat((String) js(tina, "return window.__speech.spoken[0]"))
                        .contains("Russ");
                assertThat(tina.driver
                                .findElement(By.cssSelector(".current-segment .listen vaadin-button:nth-of-type(2)"))
                                .isDisplayed())
                        .as("Stop is offered while reading")
                        .isTrue();
                press(tina, listen);
                tina.wait.until(d -> listen.getText().equals("Resume"));
                assertThat((Boolean) js(tina, "return window.__speech.paused")).isTrue();
                press(tina, listen);
                tina.wait.until(d -> listen.getText().equals("Pause"));
                js(tina, "window.__speech.speaking = false; window.__speech.current.onend()");
                tina.wait.until(d -> listen.getText().equals("Listen"));
                js(tina, "window.__speech.voices = 0");
                press(tina, listen);
                tina.wait.until(d -> listen.getText().equals("No voice in this browser"));
                assertThat(listen.getAttribute("disabled")).isNotNull();
                answer(tina, 3, "mark-ROLE_REVERSAL", "She looks after him now; his needs run the sessions.", 3);
                assertThat(tina.feedbackCodes()).contains("HIT", "EVIDENCE_CITED");
                tina.screenshot(SHOTS.resolve("segment-feedback.png"));
                tina.nextSegment();
                answer(tina, 4, "mark-DOUBLE_BIND", "Late sessions in an empty office.", 3);
                assertThat(tina.feedbackCodes()).contains("CONFUSED", "OVERCONFIDENT_ERROR");
                tina.nextSegment();
                answer(tina, 5, "mark-PROFESSIONAL_PRIVILEGE", "He calls sexual contact treatment.", 2);
                tina.nextSegment();
                answer(tina, 6, "mark-DOUBLE_BIND", "Free to go, yet leaving betrays her healing.", 2);
                assertThat(tina.feedbackCodes()).contains("MISS");
                tina.click(By.id("next-segment"));
                // the course's own recall question ends Mary's case
                tina.click(By.cssSelector("#knowledge-answer textarea"));
                tina.driver
                        .findElement(By.cssSelector("#knowledge-answer textarea"))
                        .sendKeys("Role reversal, professional privilege, the double bind, and secrecy.");
                tina.click(By.id("submit-answer"));
                tina.wait.until(d -> d.getPageSource().contains("Knowledge check: feedback"));
                assertThat(tina.all(By.cssSelector(".feedback-panel .outcomes li")).stream()
                                .map(WebElement::getText)
                                .toList())
                        .allMatch(t -> t.startsWith("Named"));
                assertThat(tina.text(By.id("recall-change")))
                        .isEqualTo("Before the case you named 1 of 4; at the end, 4 of 4 (3 more).");
                tina.click(By.id("next-segment"));
                try {
                    tina.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".summary-card")));
                } catch (RuntimeException e) {
                    tina.screenshot(SHOTS.resolve("failure-summary.png"));
                    throw e;
                }
                assertThat(tina.all(By.cssSelector(".summary-card"))).hasSize(7);
                assertThat(tina.text(By.cssSelector(".total-score"))).matches("-?[0-9.]+ of 22 points");
                tina.screenshotFromTop(SHOTS.resolve("summary.png"));
            }
        }
    }

    /** Judges the current segment: picks the first clause as evidence, one card, a rationale and certainty. */
    private static void answer(Browser b, int number, String cardId, String rationale, int certainty)
            throws java.io.IOException {
        try {
            judge(b, number, cardId, rationale, certainty);
        } catch (RuntimeException | AssertionError e) {
            b.screenshot(SHOTS.resolve("failure-segment-" + number + ".png"));
            throw e;
        }
    }

    private static void judge(Browser b, int number, String cardId, String rationale, int certainty) {
        assertThat(b.text(By.cssSelector(".progress-text"))).isEqualTo("Segment " + number + " of 6");
        if (!cardId.equals("mark-NONE")) {
            WebElement clause = b.driver
                    .findElements(By.cssSelector(".current-segment .clause"))
                    .get(number == 4 ? 0 : 1);
            if (number == 6) {
                // keyboard only: focus the clause and press Space
                ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("arguments[0].focus()", clause);
                clause.sendKeys(org.openqa.selenium.Keys.SPACE);
            } else {
                b.click(clause);
            }
            b.wait.until(d -> "true".equals(clause.getAttribute("aria-pressed")));
        }
        b.click(By.cssSelector("#" + cardId + " > label"));
        if (number == 1) {
            // no reasoning yet: refused on the field itself, which takes the focus
            b.click(b.driver
                    .findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                    .get(certainty - 1));
            b.click(By.id("submit-judgment"));
            b.wait.until(d -> b.driver.findElement(By.id("rationale")).getDomAttribute("invalid") != null);
            b.wait.until(d ->
                    b.text(By.cssSelector("#rationale [slot='error-message']")).contains("at least 3 words"));
            assertThat(
                            ((org.openqa.selenium.JavascriptExecutor) b.driver)
                                    .executeScript(
                                            "return document.activeElement && document.activeElement.closest('#rationale') !== null"))
                    .isEqualTo(true);
            assertThat(b.all(By.cssSelector(".feedback-panel"))).isEmpty();
        }
        b.click(By.cssSelector("#rationale textarea"));
        b.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys(rationale);
        b.click(b.driver
                .findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                .get(certainty - 1));
        b.click(By.id("submit-judgment"));
        b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".feedback-panel")));
        b.awaitVaadin();
    }

    /**
     * Replaces the browser's speech synthesis, in every page from now on and before its scripts run,
     * by a stand-in with {@code window.__speech.voices} voices (one) that records what it is asked.
     */
    private static void standInSpeech(Browser b) {
        b.driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "const s = {voices: 1, spoken: [], speaking: false, paused: false, current: null,"
                                + " getVoices() { return Array.from({length: this.voices}, () => ({name: 'stand-in'})); },"
                                + " addEventListener() {},"
                                + " speak(u) { this.current = u; this.spoken.push(u.text); this.speaking = true; this.paused = false; },"
                                + " pause() { this.paused = true; }, resume() { this.paused = false; },"
                                + " cancel() { this.speaking = false; this.paused = false; } };"
                                + "Object.defineProperty(window, 'speechSynthesis', {value: s, configurable: true}); window.__speech = s;"));
    }

    private static Object js(Browser b, String script) {
        return ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(script);
    }

    /** Presses the button from the keyboard, as a person using Tab and Enter would. */
    private static void press(Browser b, WebElement button) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("arguments[0].focus()", button);
        button.sendKeys(org.openqa.selenium.Keys.ENTER);
        b.awaitVaadin();
    }

    private static int httpStatus(String url) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        return http.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static {
        try {
            Files.createDirectories(SHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
