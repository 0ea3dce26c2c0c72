package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
 * One room, one step, in real browsers: a supervisor's dashboard, the projector and three trainees
 * in a supervisor-reveal session, each in a browser of their own. Cy is in the middle of a
 * segment, Ada waits for the room, Bo reads feedback; every screen follows reveal, pause, resume,
 * next and close by push, with no reload (a marker set in each page at the start is still there at
 * the end), and a reasoning the supervisor picks reaches the projector without a name.
 */
class LiveSessionIT {

    static final Path SHOTS = TraineeJourneyIT.SHOTS;
    static final String CY_TYPED = "The late hour might matter, I am not sure yet";
    // long on purpose: the projector must still fit them beside the room's answers at 1280x720
    static final String BO_WROTE =
            "She comes early and hangs on his every word, and he seems to like being the one she trusts; "
                    + "nobody else knows how much she depends on him, which feels like the beginning of something hidden.";
    static final String ADA_WROTE =
            "Admiring a therapist is ordinary at this stage of therapy; he keeps to the fifty-minute "
                    + "hour and brings every session back to her goals, so the frame holds.";

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void every_screen_of_the_room_follows_the_supervisor_and_a_picked_reasoning_reaches_the_projector()
            throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start();
                Browser sup = new Browser(app.baseUrl(), temp.resolve("sup"), 1440, 900)) {
            sup.login("admin", AppProcess.ADMIN_PASSWORD);
            viewport(sup, 1440, 900);
            sup.createTrainee("Ada Trainee", "ada", "river-stone-612");
            sup.createTrainee("Bo Trainee", "bo", "maple-kite-123");
            sup.createTrainee("Cy Trainee", "cy", "quiet-harbour-77");
            sup.open("sessions");
            sup.click(By.id("new-session"));
            sup.await(By.cssSelector("#session-name input")).sendKeys("Seminar week 3");
            addCase(sup, "Mary", "Mary: the last appointment");
            addCase(sup, "Daniel", "Daniel: the counsellor");
            sup.click(sup.driver
                    .findElements(By.cssSelector("#session-mode vaadin-radio-button > label"))
                    .get(2));
            sup.click(By.id("create-session"));
            sup.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-code")));
            sup.awaitVaadin();
            String code = sup.text(By.id("dashboard-code"));
            assertThat(code).matches("[A-Z0-9]{6}");
            assertThat(sup.text(By.id("no-trainees"))).startsWith("No one has joined yet");
            assertThat(sup.driver.findElement(By.id("reveal")).getAttribute("disabled"))
                    .as("nothing to reveal yet")
                    .isNotNull();

            // the join screen: the address, the code and a QR code for the address with the code in it
            sup.click(By.id("show-join-full-screen"));
            sup.await(By.id("join-qr"));
            assertThat(sup.text(By.id("join-address"))).isEqualTo(app.baseUrl() + "sessions");
            assertThat(sup.text(By.id("join-code-huge"))).isEqualTo(code);
            assertThat(sup.driver.findElement(By.id("join-qr")).getAttribute("alt"))
                    .endsWith(app.baseUrl() + "sessions?code=" + code);
            assertThat(sup.driver.findElement(By.id("join-qr")).getAttribute("src"))
                    .startsWith("data:image/svg+xml;base64,");
            sup.screenshot(SHOTS.resolve("join-screen-1440.png"));
            sup.click(By.id("close-join-dialog"));

            try (Browser projector = new Browser(app.baseUrl(), temp.resolve("projector"), 1920, 1080);
                    Browser ada = trainee(app, "ada", "river-stone-612", code, 1280, 800, false);
                    Browser bo = trainee(app, "bo", "maple-kite-123", code, 1440, 900, false);
                    Browser cy = trainee(app, "cy", "quiet-harbour-77", code, 390, 844, true)) {
                projector.login("admin", AppProcess.ADMIN_PASSWORD);
                viewport(projector, 1920, 1080);
                projector.open("sessions/1/projector");
                projector.await(By.id("projector-text"));
                projector.screenshot(SHOTS.resolve("projector.png"));
                List<Browser> room = List.of(sup, projector, ada, bo, cy);
                room.forEach(LiveSessionIT::markPage);

                sup.wait.until(d -> sup.text(By.cssSelector(".chart-total")).equals("0 of 3 joined have answered"));
                assertThat(cy.text(By.id("session-name"))).isEqualTo("Seminar week 3");
                assertThat(cy.text(By.id("session-mode-text")))
                        .isEqualTo("Feedback when your supervisor reveals the key");
                assertThat(cy.text(By.id("session-position"))).isEqualTo("Case 1 of 2 · segment 1 of 6");
                assertThat(projector.text(By.id("projector-join")))
                        .contains(app.baseUrl().replace("http://", "") + "sessions", code);

                answer(ada, "mark-NONE", ADA_WROTE);
                answer(bo, "mark-SECRECY", BO_WROTE);
                cy.write(CY_TYPED); // Cy is still thinking: typed, not submitted
                sup.wait.until(d -> sup.text(By.cssSelector(".chart-total")).equals("2 of 3 joined have answered"));
                projector.wait.until(
                        d -> projector.text(By.cssSelector(".chart-total")).equals("2 of 3 joined have answered"));
                assertThat(sup.text(By.id("trainee-grid")))
                        .contains("Case 1 · answered segment 1 of 6", "Case 1 · segment 1 of 6");

                // reveal before everyone has answered: asked first
                sup.click(By.id("reveal"));
                confirm(sup, "confirm-reveal", "Reveal now");
                ada.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
                bo.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
                cy.wait.until(d -> cy.text(By.id("session-room")).endsWith("key revealed"));
                assertThat(cy.all(By.cssSelector(".feedback-panel")))
                        .as("Cy has not answered: no feedback")
                        .isEmpty();
                projector.wait.until(
                        d -> !projector.all(By.cssSelector(".revealed-key")).isEmpty());
                assertThat(sup.text(By.cssSelector(".revealed-key"))).contains("Key: None of the four");

                // Ada goes on and waits for the room; Bo stays reading the feedback
                ada.click(By.id("next-segment"));
                ada.wait.until(d -> d.getPageSource().contains("Waiting for the room"));

                // the discussion: Bo's reasoning, without a name, on the projector beside the room's answers
                sup.wait.until(d -> sup.all(By.cssSelector(".reasoning")).size() == 2);
                WebElement bosCard = sup.all(By.cssSelector(".reasoning")).stream()
                        .filter(c -> c.getText().contains("nobody else knows"))
                        .findFirst()
                        .orElseThrow();
                assertThat(bosCard.getText())
                        .doesNotContain("Bo", "bo Trainee")
                        .contains("Marked: Secrecy", "Differs from the key");
                sup.click(bosCard.findElement(By.cssSelector(".pick-toggle")));
                projector.wait.until(
                        d -> projector.text(By.id("projector-picked")).contains("nobody else knows"));
                WebElement adasCard = sup.all(By.cssSelector(".reasoning")).stream()
                        .filter(c -> c.getText().contains("the frame holds"))
                        .findFirst()
                        .orElseThrow();
                assertThat(adasCard.getText()).contains("Marked: none of these", "Same as the key");
                sup.click(adasCard.findElement(By.cssSelector(".pick-toggle")));
                projector.wait.until(
                        d -> projector.text(By.id("projector-picked")).contains("the frame holds"));
                assertThat(projector.text(By.cssSelector(".projector-page")))
                        .doesNotContain("Bo Trainee", "Ada Trainee", "Cy Trainee");
                sup.wait.until(d -> sup.text(By.id("discussion-hint")).startsWith("2 of 3 shown on the projector"));
                viewport(sup, 1440, 900);
                sup.screenshotFromTop(SHOTS.resolve("dashboard-discussion-1440.png"));
                ((JavascriptExecutor) sup.driver)
                        .executeScript("document.getElementById('trainee-grid').scrollIntoView({block: 'end'})");
                sup.screenshot(SHOTS.resolve("dashboard-trainees-1440.png"));
                viewport(sup, 1920, 1080);
                sup.screenshotFromTop(SHOTS.resolve("dashboard-discussion-1920.png"));
                sup.screenshotFromTop(SHOTS.resolve("dashboard.png"));
                projector.screenshot(SHOTS.resolve("projector-1920x1080.png"));
                assertThat(fitsTheScreen(projector))
                        .as("the projector never scrolls at 1920x1080")
                        .isTrue();
                viewport(projector, 1280, 720);
                projector.screenshot(SHOTS.resolve("projector-1280x720.png"));
                assertThat(fitsTheScreen(projector))
                        .as("the projector never scrolls at 1280x720")
                        .isTrue();

                // pause: every trainee screen holds at once, whatever it shows; Cy keeps what she typed
                sup.click(By.id("pause-session"));
                for (Browser t : List.of(ada, bo, cy)) {
                    t.wait.until(d -> t.text(By.id("session-paused")).startsWith("Paused by your supervisor"));
                }
                projector.wait.until(
                        d -> projector.text(By.id("projector-status")).equals("Paused"));
                assertThat(cy.driver
                                .findElement(By.cssSelector(".panel-column"))
                                .getDomAttribute("inert"))
                        .isNotNull();
                assertThat(typed(cy)).isEqualTo(CY_TYPED);
                cy.screenshotFromTop(SHOTS.resolve("trainee-paused-390.png"));
                bo.screenshot(SHOTS.resolve("trainee-paused-1440.png"));

                // resume: released, nothing lost, no stale message
                sup.click(By.id("pause-session"));
                for (Browser t : List.of(ada, bo, cy)) {
                    t.wait.until(d -> t.text(By.id("session-paused")).isEmpty());
                }
                assertThat(cy.driver
                                .findElement(By.cssSelector(".panel-column"))
                                .getDomAttribute("inert"))
                        .isNull();
                assertThat(typed(cy)).isEqualTo(CY_TYPED);
                assertThat(cy.text(By.cssSelector(".form-error"))).isEmpty();

                // next: the waiting trainee and the one reading feedback move on; the one mid-segment keeps her work
                sup.click(By.id("next-room-segment"));
                ada.wait.until(d -> ada.text(By.id("session-position")).equals("Case 1 of 2 · segment 2 of 6"));
                bo.wait.until(d -> bo.text(By.id("session-position")).equals("Case 1 of 2 · segment 2 of 6"));
                assertThat(ada.all(By.id("submit-judgment"))).hasSize(1);
                assertThat(bo.all(By.id("submit-judgment"))).hasSize(1);
                cy.wait.until(d -> cy.text(By.id("session-room")).equals("The room: case 1 of 2 · segment 2 of 6"));
                assertThat(cy.text(By.id("session-position"))).isEqualTo("Case 1 of 2 · segment 1 of 6");
                assertThat(typed(cy)).isEqualTo(CY_TYPED);
                projector.wait.until(
                        d -> projector.text(By.cssSelector(".projector-where")).endsWith("segment 2 of 6"));
                assertThat(projector.all(By.cssSelector(".revealed-key"))).isEmpty();
                sup.wait.until(d -> sup.text(By.cssSelector(".chart-total")).equals("0 of 3 joined have answered"));
                assertThat(sup.text(By.id("trainee-grid")))
                        .contains("Case 1 · segment 2 of 6", "Case 1 · segment 1 of 6");

                // close: asked first, then every screen says so
                sup.click(By.id("close-session"));
                confirm(sup, "confirm-close", "Close session");
                for (Browser t : List.of(ada, bo, cy)) {
                    t.wait.until(d -> d.getPageSource().contains("This session is closed"));
                }
                projector.wait.until(
                        d -> projector.text(By.id("projector-status")).equals("Session closed"));
                sup.wait.until(d -> sup.text(By.id("dashboard-code-note")).startsWith("The code expired"));
                assertThat(sup.text(By.id("close-session"))).isEqualTo("Reopen");
                for (Browser b : room) {
                    assertThat(stillTheSamePage(b)).as("no screen was reloaded").isTrue();
                }
            }

            // the cohort report of the session: computed off the UI lock, with its chart drawn in the browser
            sup.driver.manage().window().setSize(new Dimension(1440, 900));
            sup.open("reports/session/1");
            sup.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
            assertThat(sup.text(By.cssSelector(".report-page")))
                    .contains("Session: Seminar week 3", "Confusion matrix", "Download PDF");
            assertThat(sup.text(By.cssSelector(".heat-map"))).contains("Secrecy");
            sup.screenshotFromTop(SHOTS.resolve("cohort-report.png"));
            sup.open("reports/trainee/2");
            sup.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
            assertThat(sup.text(By.cssSelector(".report-card"))).contains("Kappa against the key");
            sup.screenshotFromTop(SHOTS.resolve("trainee-report.png"));
        }
    }

    private static void addCase(Browser sup, String typed, String title) {
        WebElement addCase = sup.await(By.cssSelector("#session-add-case input"));
        addCase.sendKeys(typed);
        // the list filtered for what was typed (not the items still showing from the case added before)
        sup.wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().contains(typed)));
        addCase.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        sup.wait.until(d -> d.getPageSource().contains(title));
    }

    /** A trainee in a browser of their own; Cy opens the QR code's address, which fills in the code. */
    private Browser trainee(
            AppProcess app, String user, String password, String code, int width, int height, boolean byQr) {
        Browser b = new Browser(app.baseUrl(), temp.resolve(user), width, height);
        b.login(user, password);
        if (byQr) {
            b.open("sessions?code=" + code);
            b.wait.until(d -> code.equals(
                    b.driver.findElement(By.cssSelector("#join-code input")).getAttribute("value")));
        } else {
            b.open("sessions");
            b.await(By.cssSelector("#join-code input")).sendKeys(code.toLowerCase());
        }
        b.click(By.id("join-session"));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));
        b.awaitVaadin();
        return b;
    }

    /** Presses the confirming button of the dialog that asks first. */
    private static void confirm(Browser b, String dialogId, String label) {
        WebElement yes = b.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + dialogId + " [slot='confirm-button']")));
        assertThat(yes.getText().strip()).isEqualTo(label);
        b.click(yes);
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#" + dialogId + "[opened]")));
    }

    private static void answer(Browser b, String cardId, String reasoning) {
        b.judge(cardId, reasoning);
    }

    /** Sizes the window so that the page itself (not the window with its frame) is width x height. */
    private static void viewport(Browser b, int width, int height) {
        b.driver.manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
        b.driver.manage().window().setSize(new Dimension((int) (2 * width - innerWidth), (int)
                (2 * height - innerHeight)));
        b.wait.until(d -> ((Number) js.executeScript("return window.innerHeight")).longValue() == height);
        b.awaitVaadin();
    }

    private static String typed(Browser b) {
        return b.driver.findElement(By.cssSelector("#rationale textarea")).getAttribute("value");
    }

    /** A marker in the page's window: a reload would lose it. */
    private static void markPage(Browser b) {
        ((JavascriptExecutor) b.driver).executeScript("window.__sameRoomPage = true;");
    }

    private static boolean stillTheSamePage(Browser b) {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) b.driver).executeScript("return window.__sameRoomPage === true;"));
    }

    private static boolean fitsTheScreen(Browser b) {
        return Boolean.TRUE.equals(((JavascriptExecutor) b.driver)
                .executeScript("const m = document.querySelector('.projector-page');"
                        + "return m.scrollHeight <= window.innerHeight + 1 && [...m.querySelectorAll('.projector-segment, .projector-room')]"
                        + ".every(e => e.scrollHeight <= e.clientHeight + 1);"));
    }
}
