package org.boundarylab.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.report.Reports;
import org.boundarylab.review.ReadingCorrections;
import org.boundarylab.review.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The trainee report's hook for the review module: staff open a judgment's reading; a corrected reading's feedback is shown. */
@BoundaryLabTest
@WithMockUser(username = "vera-sup", roles = "SUPERVISOR")
class TraineeReportCorrectedReadingTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReadingCorrections corrections;

    @Autowired
    Reports reports;

    @Test
    void the_report_links_each_judgment_to_its_reading_and_shows_the_feedback_given_again_once_corrected() {
        ReviewFixtures.Judged judged = fixtures.judgedSession("vera-sup", Role.SUPERVISOR, "tora-" + System.nanoTime());
        long homeVisit = judged.judgments().get("s1");
        TraineeReportView report =
                navigate("reports/trainee/" + judged.trainee().id(), TraineeReportView.class);
        report.show(reports.trainee(judged.trainee().id()));
        assertThat($(Anchor.class).id("correct-reading-0").getHref()).isEqualTo("review/judgment/" + homeVisit);
        assertThat(report.body.getElement().getTextRecursively()).contains("Your reasoning mentions secrecy");

        corrections.correct(homeVisit, Set.of(), "A home visit on its own hides nothing.");
        report.show(reports.trainee(judged.trainee().id()));

        assertThat($(Paragraph.class).withClassName("reading-note").all())
                .singleElement()
                .extracting(Paragraph::getText)
                .asString()
                .contains("A supervisor corrected the reading");
        assertThat(report.body.getElement().getTextRecursively()).doesNotContain("Your reasoning mentions secrecy");
    }
}
