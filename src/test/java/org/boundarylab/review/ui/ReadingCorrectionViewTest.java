package org.boundarylab.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Set;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.review.ReadingCorrections;
import org.boundarylab.review.ReviewFixtures;
import org.boundarylab.training.ui.SummaryView;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Correcting a reading on screen: the page shows the judgment and the rule base's reading, the button
 * says whether saving confirms or corrects, the service's refusal shows on the field it names, and the
 * trainee's summary then shows the feedback given again, with a line saying why (the trainee report:
 * {@code report.ui.TraineeReportCorrectedReadingTest}).
 */
@BoundaryLabTest
@WithMockUser(username = "vera-sup", roles = "SUPERVISOR")
class ReadingCorrectionViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReadingCorrections corrections;

    ReviewFixtures.Judged judged;
    long homeVisit;

    @BeforeEach
    void veraSupervisesATraineeWhoJudgedMary() {
        judged = fixtures.judgedSession("vera-sup", Role.SUPERVISOR, "tomo-" + System.nanoTime());
        homeVisit = judged.judgments().get("s1");
    }

    private ReadingCorrectionView open(long judgmentId) {
        return navigate("review/judgment/" + judgmentId, ReadingCorrectionView.class);
    }

    @Test
    void the_page_shows_the_judgment_and_the_button_says_whether_it_confirms_or_corrects() {
        ReadingCorrectionView view = open(homeVisit);

        assertThat(view.shown.rationale()).isEqualTo(ReviewFixtures.HOME_VISIT);
        assertThat($(Paragraph.class).id("rule-reading").getText()).contains("read: Secrecy");
        assertThat(view.getElement().getTextRecursively())
                .contains(
                        "Mary: the last appointment of the day \u00b7 Segment 1",
                        "Marked: none of the four \u00b7 certainty: fairly sure",
                        "\u201cmiracle worker\u201d",
                        ReviewFixtures.HOME_VISIT)
                .doesNotContain(judged.trainee().username())
                .doesNotContain(judged.trainee().displayName());
        assertThat(view.reading.getValue()).containsExactly(Characteristic.SECRECY);
        assertThat(view.save.getText()).isEqualTo("Confirm the rule base's reading");
        view.reading.setValue(Set.of());
        assertThat(view.save.getText()).isEqualTo("Save the corrected reading");
    }

    @Test
    void
            a_correction_without_a_comment_is_refused_beside_the_comment_and_one_with_it_shows_what_the_trainee_now_sees() {
        ReadingCorrectionView view = open(homeVisit);
        view.reading.setValue(Set.of());
        test(view.save).click();
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(view.comment.getErrorMessage()).startsWith("Comment:");

        view.comment.setValue("A home visit on its own hides nothing.");
        test(view.save).click();

        Section again = $(Section.class).id("corrected-feedback");
        assertThat(again.getElement().getTextRecursively())
                .contains(
                        "it describes none of the four (the rule base read secrecy)",
                        "A home visit on its own hides nothing.");
        assertThat(view.reading.getValue()).as("the reading in force").isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("vera-sup corrected secrecy to none of the four");
    }

    @Test
    void the_trainees_summary_shows_the_feedback_given_again_with_the_note() {
        fixtures.finish(judged);
        corrections.correct(homeVisit, Set.of(), "A home visit on its own hides nothing.");
        ReviewFixtures.as(judged.trainee());

        SummaryView summary = navigate("attempt/" + judged.attemptId() + "/summary", SummaryView.class);

        assertThat($(Paragraph.class, summary).withClassName("reading-note").all())
                .singleElement()
                .extracting(Paragraph::getText)
                .asString()
                .contains("Their comment: \u201cA home visit on its own hides nothing.\u201d");
        assertThat(summary.getElement().getTextRecursively()).doesNotContain("Your reasoning mentions secrecy");
    }

    @Test
    void a_judgment_of_someone_elses_trainee_is_not_shown() {
        ReviewFixtures.Judged other = fixtures.judgedSession("walt-sup", Role.SUPERVISOR, "ulla-" + System.nanoTime());

        ReadingCorrectionView view = open(other.judgments().get("s1"));

        assertThat($(H1.class, view).first().getText()).isEqualTo("Judgment not available");
        assertThat(view.shown).isNull();
    }
}
