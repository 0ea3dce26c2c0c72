package org.boundarylab.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import java.util.Set;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.review.BlindItem;
import org.boundarylab.review.BlindReading;
import org.boundarylab.review.CalibrationRound;
import org.boundarylab.review.CalibrationRounds;
import org.boundarylab.review.Colleague;
import org.boundarylab.review.ReviewFixtures;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The calibration screens: starting a round (refusals beside their fields), reading blind, and the closed round's report. */
@BoundaryLabTest
@WithMockUser(username = "zara-sup", roles = "SUPERVISOR")
class CalibrationViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    CalibrationRounds rounds;

    @Autowired
    BlindReading reading;

    ReviewFixtures.Judged judged;
    UserSummary zara;
    UserSummary quin;

    @BeforeEach
    void zaraRunsASessionAndQuinIsAColleague() {
        judged = fixtures.judgedSession("zara-sup", Role.SUPERVISOR, "vito-" + System.nanoTime());
        zara = judged.supervisor();
        quin = users.ensure("quin-sup", Role.SUPERVISOR);
    }

    @Test
    void a_round_is_started_from_the_dialog_and_a_missing_name_is_said_beside_the_name() {
        navigate("review/calibration", CalibrationRoundsView.class);
        test($(Button.class).id("new-round")).click();
        NewRoundDialog dialog = $(NewRoundDialog.class).first();
        dialog.session.setValue(dialog.session
                .getListDataView()
                .getItems()
                .filter(s -> s.id() == judged.session().id())
                .findFirst()
                .orElseThrow());
        assertThat(dialog.raters.getValue()).extracting(Colleague::id).containsExactly(zara.id());
        dialog.raters.setValue(Set.of(colleague(dialog, zara), colleague(dialog, quin)));
        test(dialog.start).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).startsWith("Name:");

        dialog.name.setValue("Panel " + System.nanoTime());
        test(dialog.start).click();

        CalibrationReportView report = (CalibrationReportView) getCurrentView();
        assertThat(report.round.items())
                .as("all four of the session's judgments")
                .isEqualTo(4);
        assertThat(report.round.source())
                .isEqualTo("Session: " + judged.session().name());
        assertThat(report.getElement().getTextRecursively())
                .contains("Who has read", "Test zara-sup: read 0 of 4", "Test quin-sup: read 0 of 4");
        assertThat($(Button.class).id("close-round").isVisible()).isTrue();
    }

    private static Colleague colleague(NewRoundDialog dialog, UserSummary user) {
        return dialog.raters
                .getListDataView()
                .getItems()
                .filter(c -> c.id() == user.id())
                .findFirst()
                .orElseThrow();
    }

    private CalibrationRound round() {
        return rounds.start(
                "Panel " + System.nanoTime(),
                new CalibrationRounds.Source.Session(judged.session().id()),
                20,
                5L,
                Set.of(zara.id(), quin.id()));
    }

    @Test
    void a_rater_reads_blind_then_judges_the_feedback_then_goes_on() {
        CalibrationRound round = round();
        CalibrationReadingView view =
                navigate("review/calibration/" + round.id() + "/read", CalibrationReadingView.class);
        assertThat(view.body.getElement().getTextRecursively())
                .contains("Judgment 1 of 4")
                .doesNotContain("The rule base's feedback")
                .doesNotContain(judged.trainee().username());
        view.choice.setValue(Set.of(Characteristic.SECRECY));
        test(view.save).click();
        assertThat(view.item.myReading()).contains(Set.of(Characteristic.SECRECY));
        assertThat(view.body.getElement().getTextRecursively())
                .contains("The rule base's feedback", "Your reading: Secrecy");

        test(view.save).click();
        assertThat(view.fair.isInvalid()).isTrue();
        view.fair.setValue(false);
        test(view.save).click();

        assertThat(view.item.position()).isEqualTo(2);
        assertThat(view.item.myReading()).isEmpty();
    }

    @Test
    void a_closed_rounds_report_shows_the_kappa_tables_and_accepts_the_panels_readings() {
        CalibrationRound round = round();
        // both read every judgment as describing nothing of the four, and call the feedback fair
        for (UserSummary rater : new UserSummary[] {zara, quin}) {
            Authentication before = SecurityContextHolder.getContext().getAuthentication();
            ReviewFixtures.as(rater);
            for (var next = reading.next(round.id()); next.isPresent(); next = reading.next(round.id())) {
                BlindItem item = next.get();
                reading.read(round.id(), item.itemId(), Set.of());
                reading.judgeFeedback(round.id(), item.itemId(), true);
            }
            SecurityContextHolder.getContext().setAuthentication(before);
        }
        rounds.close(round.id());

        CalibrationReportView view = navigate("review/calibration/" + round.id(), CalibrationReportView.class);

        NativeTable between = $(NativeTable.class).id("kappa-between");
        assertThat($(NativeTableRow.class, between).all()).hasSize(6);
        assertThat(between.getElement().getTextRecursively())
                .contains("Fleiss' kappa", "Test quin-sup & Test zara-sup", "The feedback was fair");
        assertThat($(NativeTableRow.class, $(NativeTable.class).id("kappa-rule-base"))
                        .all())
                .hasSize(5);
        assertThat(view.getElement().getTextRecursively()).contains("Few judgments");
        // s1, s3 and s4 were read by the rule base as describing something: the panel read nothing there
        Section panel = $(Section.class).id("panel-readings");
        assertThat(panel.getElement().getTextRecursively()).contains("all 2 raters read none of the four");
        test($(Button.class).id("accept-panel-readings")).click();
        assertThat(view.report.panelReadings()).isNotEmpty().allMatch(p -> p.inForce());
        assertThat($(Button.class).withId("accept-panel-readings").all()).isEmpty();
    }
}
