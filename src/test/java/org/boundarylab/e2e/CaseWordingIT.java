package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Feedback a supervisor would sign, in a real Chromium, in a case with a male client and a woman
 * counsellor (Daniel and Ms Okafor): the crossing has its own message, the feedback names the
 * case's people and none of Mary's, a highlight on a cue is evidence, and reasoning in ordinary
 * words ("checks every morning that she is coping") is read as the role reversal it describes.
 * Screenshots of the last panel at 1440, 1920 and 390 px go to target/screenshots. Then a reviewer
 * opens Theo's report: each judgment shows what he ticked, highlighted, how sure he was and why,
 * beside the feedback; the override dialog shows the same (screenshots too).
 */
class CaseWordingIT {

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void feedback_in_daniels_case_names_daniel_and_ms_okafor_and_reads_plain_reasoning() throws Exception {
        try (AppProcess app = new AppProcess(temp.resolve("data")).start()) {
            try (Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
                admin.login("admin", AppProcess.ADMIN_PASSWORD);
                admin.createTrainee("Theo Trainee", "theo", "copper-field-71");
            }
            try (Browser theo = new Browser(app.baseUrl(), temp.resolve("theo"), 1440, 900)) {
                theo.login("theo", "copper-field-71");
                theo.click(By.cssSelector("a[aria-label=\"Start case: Daniel: the counsellor's phone\"]"));
                theo.awaitVaadin();

                // s1, a recorded gift: a crossing, praised as one, not as the normal imbalance
                judge(theo, -1, "mark-NONE", "A small card, kept openly and noted in his file.");
                String crossing = theo.text(By.cssSelector(".feedback-item[data-code='CORRECT_NONE'] p"));
                assertThat(crossing)
                        .contains("boundary crossing", "Daniel", "Ms Okafor")
                        .doesNotContain("Mary", "Russ");
                theo.nextSegment();
                judge(theo, -1, "mark-NONE", "He trusts her and she widens his support.");
                theo.nextSegment();

                // s3: the clause with the cue is evidence, and the hit names the people
                judge(theo, 0, "mark-SECRECY", "She asks him to keep the late messages from his mum and dad.");
                assertThat(theo.feedbackCodes())
                        .contains("HIT", "EVIDENCE_CITED")
                        .doesNotContain("RATIONALE_UNMARKED");
                String hit = theo.text(By.cssSelector(".feedback-item[data-code='HIT'] p"));
                assertThat(hit).contains("Daniel", "Ms Okafor").doesNotContain("Mary", "Russ");
                theo.nextSegment();

                // s4: nothing marked, but the reasoning says what the key holds, in words no lexicon
                // phrase has: the reading model reads them, and "Why?" says so
                judge(theo, 1, "mark-NONE", "Daniel is the one holding Ms Okafor together now.");
                assertThat(theo.feedbackCodes()).contains("MISS", "RATIONALE_UNMARKED");
                String unmarked = theo.text(By.cssSelector(".feedback-item[data-code='RATIONALE_UNMARKED'] p"));
                assertThat(unmarked).contains("role reversal", "Daniel is the one");
                theo.click(By.cssSelector(".feedback-item[data-code='RATIONALE_UNMARKED'] vaadin-details-summary"));
                theo.await(By.cssSelector(".feedback-item[data-code='RATIONALE_UNMARKED'] .why"));
                assertThat(theo.text(By.cssSelector(".feedback-item[data-code='RATIONALE_UNMARKED'] .why")))
                        .contains("Read by", "reads like the examples of role reversal");
                String miss = theo.text(By.cssSelector(".feedback-item[data-code='MISS'] p"));
                assertThat(miss).contains("Daniel", "Ms Okafor").doesNotContain("Mary", "Russ");

                for (int width : List.of(1440, 1920, 390)) {
                    theo.driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
                    theo.awaitVaadin();
                    WebElement panel = theo.await(By.cssSelector(".feedback-panel"));
                    ((org.openqa.selenium.JavascriptExecutor) theo.driver)
                            .executeScript("arguments[0].scrollIntoView({block: 'start'})", panel);
                    theo.screenshot(TraineeJourneyIT.SHOTS.resolve("feedback-male-client-" + width + ".png"));
                }
            }

            // the reviewer's side: Theo's ticks, highlight, certainty and reasoning beside the feedback
            try (Browser admin = new Browser(app.baseUrl(), temp.resolve("admin-2"), 1440, 900)) {
                admin.login("admin", AppProcess.ADMIN_PASSWORD);
                admin.open("reports/trainee/2");
                admin.wait.until(
                        d -> d.findElements(By.cssSelector(".trainee-judgment")).size() == 4);
                WebElement third = admin.all(By.cssSelector(".judgment-item")).get(2);
                assertThat(third.getText())
                        .contains(
                                "Daniel: the counsellor's phone, segment 3",
                                "Ticked: Secrecy",
                                "Certainty: fairly sure",
                                "She asks him to keep the late messages from his mum and dad.",
                                "The rule base read it as describing: Secrecy",
                                "your highlight",
                                "expert cue")
                        .doesNotContain("daniel-school-counsellor");
                assertThat(third.findElements(By.cssSelector(".segment-text .mine")))
                        .as("Theo's highlight in the text")
                        .isNotEmpty();
                assertThat(third.findElements(By.cssSelector(".segment-text .expert")))
                        .as("the key's cue in the text")
                        .isNotEmpty();
                for (int width : List.of(1440, 1920, 390)) {
                    admin.driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
                    admin.awaitVaadin();
                    ((org.openqa.selenium.JavascriptExecutor) admin.driver)
                            .executeScript(
                                    "arguments[0].scrollIntoView({block: 'start'})",
                                    admin.all(By.cssSelector(".judgment-item")).get(2));
                    admin.screenshot(TraineeJourneyIT.SHOTS.resolve("trainee-report-judgment-" + width + ".png"));
                }
                admin.driver.manage().window().setSize(new Dimension(1440, 1000));
                admin.click(By.id("override-2"));
                WebElement dialog = admin.await(By.cssSelector("vaadin-dialog"));
                admin.wait.until(d -> dialog.getText().contains("Ticked: Secrecy"));
                assertThat(dialog.getText())
                        .contains(
                                "Override the score of Daniel: the counsellor's phone, segment 3",
                                "Reasoning:",
                                "Certainty: fairly sure");
                admin.screenshot(TraineeJourneyIT.SHOTS.resolve("override-dialog-1440.png"));
            }
        }
    }

    /** Judges the current segment: the clause at {@code clause} as evidence (none if negative), one card, reasoning. */
    private static void judge(Browser b, int clause, String cardId, String rationale) {
        if (clause >= 0) {
            WebElement c = b.all(By.cssSelector(".current-segment .clause")).get(clause);
            b.click(c);
            b.wait.until(d -> "true".equals(c.getAttribute("aria-pressed")));
        }
        b.click(By.cssSelector("#" + cardId + " > label"));
        b.click(By.cssSelector("#rationale textarea"));
        b.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys(rationale);
        b.click(b.all(By.cssSelector("#certainty vaadin-radio-button > label")).get(1));
        b.click(By.id("submit-judgment"));
        b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".feedback-panel")));
        b.awaitVaadin();
    }
}
