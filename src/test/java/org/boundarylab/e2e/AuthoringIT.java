package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Control;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor writes a new case in the browser (a cue picked by selecting words), previews and
 * saves it, downloads it as a file that loads on its own, and a trainee then takes it.
 */
class AuthoringIT {

    static final Path SHOTS = TraineeJourneyIT.SHOTS;

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void a_supervisor_writes_a_case_and_a_trainee_takes_it() throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start()) {
            try (Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
                admin.login("admin", AppProcess.ADMIN_PASSWORD);
                admin.createTrainee("Tom Trainee", "tom", "amber-lantern-12");
                admin.open("authoring");
                // a blank new case is not a list of errors: each field is checked once it is worked on
                assertThat(admin.text(By.cssSelector(".editor-status"))).startsWith("Fill in the case");
                assertThat(admin.all(By.cssSelector("[invalid]")))
                        .as("a blank new case shows no errors")
                        .isEmpty();
                type(admin, "#case-id input", "lena-late-texts");
                type(admin, "#case-title input", "Lena: the late texts");
                type(admin, "#case-source textarea", "Written for the browser test, after Peterson (2015).");
                type(admin, "#case-summary textarea", "Lena sees a counsellor at a student health service.");
                type(
                        admin,
                        "#segment-text textarea",
                        "Her counsellor starts texting Lena late at night and asks her "
                                + "to delete the messages before her flatmates see them.");
                checkKey(admin, "Secrecy");
                selectInTextArea(admin, "#segment-text", "asks her to delete the messages");
                admin.click(By.id("add-cue-SECRECY"));
                admin.wait.until(d -> d.getPageSource().contains("\u201casks her to delete the messages\u201d"));
                type(
                        admin,
                        "#segment-explanation textarea",
                        "Secrecy: the contact is hidden from everyone around her.");

                admin.click(By.id("add-segment"));
                admin.wait.until(d -> "s2"
                        .equals(admin.driver
                                .findElement(By.cssSelector("#segment-id input"))
                                .getDomProperty("value")));
                type(
                        admin,
                        "#segment-text textarea",
                        "Lena says the counsellor is the wisest person she knows; "
                                + "the counsellor thanks her and returns to Lena's goals for the term.");
                admin.click(admin.driver
                        .findElements(By.cssSelector("#segment-control vaadin-radio-button > label"))
                        .get(0));
                type(admin, "#segment-explanation textarea", "The normal power imbalance, kept in its frame.");
                admin.wait.until(
                        d -> admin.text(By.cssSelector(".editor-status")).startsWith("Ready to save"));
                admin.screenshotFromTop(SHOTS.resolve("authoring.png"));

                admin.click(By.id("preview-vignette"));
                admin.wait.until(d -> d.getPageSource().contains("Segment 2 of 2"));
                admin.click(admin.buttonWithText("Close preview"));

                admin.click(By.id("save-vignette"));
                admin.wait.until(ExpectedConditions.urlContains("authoring/lena-late-texts"));
                admin.awaitVaadin();

                WebElement download = admin.wait.until(d -> d.findElements(By.tagName("a")).stream()
                        .filter(a -> a.getText().strip().equals("Download YAML"))
                        .findFirst()
                        .orElse(null));
                String yaml = (String) ((JavascriptExecutor) admin.driver)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "fetch(arguments[0].href).then(r => r.text()).then(done, e => done('failed: ' + e));",
                                download);
                Vignette exported = VignetteReader.read(yaml, "lena-late-texts.yaml");
                assertThat(exported.segments()).hasSize(2);
                assertThat(exported.segments().get(0).key()).isEqualTo(Set.of(Characteristic.SECRECY));
                assertThat(exported.segments().get(0).cues().get(Characteristic.SECRECY))
                        .containsExactly("asks her to delete the messages");
                assertThat(exported.segments().get(1).control()).isEqualTo(Control.NORMAL_IMBALANCE);
            }

            try (Browser tom = new Browser(app.baseUrl(), temp.resolve("tom"), 1440, 900)) {
                tom.login("tom", "amber-lantern-12");
                tom.click(By.cssSelector("a[aria-label='Start case: Lena: the late texts']"));
                tom.awaitVaadin();
                assertThat(tom.text(By.cssSelector(".progress-text"))).isEqualTo("Segment 1 of 2");
                tom.click(By.cssSelector("#mark-SECRECY > label"));
                tom.click(By.cssSelector("#rationale textarea"));
                tom.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys("The messages are hidden.");
                tom.click(tom.driver
                        .findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                        .get(1));
                tom.click(By.id("submit-judgment"));
                tom.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
                assertThat(tom.all(By.cssSelector(".feedback-item")).stream().map(e -> e.getAttribute("data-code")))
                        .contains("HIT");
            }
        }
    }

    /** Types into a field and leaves it, so its value reaches the server. */
    private static void type(Browser b, String css, String text) throws InterruptedException {
        WebElement field = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        b.click(field);
        field.sendKeys(text);
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].blur()", field);
        b.awaitVaadin();
    }

    private static void checkKey(Browser b, String labelStart) {
        WebElement box = b.wait.until(d -> d.findElements(By.cssSelector("#segment-key vaadin-checkbox")).stream()
                .filter(c -> c.getText().startsWith(labelStart))
                .findFirst()
                .orElse(null));
        b.click(box.findElement(By.cssSelector("label")));
        b.awaitVaadin();
    }

    /** Selects words in a text area as a person dragging over them would. */
    private static void selectInTextArea(Browser b, String css, String words) {
        ((JavascriptExecutor) b.driver)
                .executeScript(
                        "const t = document.querySelector(arguments[0]).inputElement;"
                                + "const i = t.value.indexOf(arguments[1]); t.focus(); t.setSelectionRange(i, i + arguments[1].length);",
                        css,
                        words);
    }
}
