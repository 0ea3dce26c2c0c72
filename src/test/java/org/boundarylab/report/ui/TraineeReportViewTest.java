package org.boundarylab.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.report.Reports;
import org.boundarylab.training.AttemptService;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The trainee report's override: its bounds are the rule base's for each judgment, and the service's refusal shows on the score. */
@BoundaryLabTest
@WithMockUser(username = "rina", roles = "ADMIN")
class TraineeReportViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    AttemptService attempts;

    @Autowired
    Reports reports;

    UserSummary trainee;

    @BeforeEach
    void aTraineeGuessesOneSegmentAndIsCertainOfTheNext() {
        users.ensure("rina", Role.ADMIN);
        trainee = users.ensure("tove-" + System.nanoTime(), Role.TRAINEE);
        Authentication admin = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        trainee.username(), null, AuthorityUtils.createAuthorityList("ROLE_TRAINEE")));
        try {
            long attempt = attempts.startNew("mary-after-hours").attemptId();
            attempts.submit(attempt, new Judgment("s1", Set.of(), List.of(), "What the text shows here.", 1));
            attempts.submit(
                    attempt,
                    new Judgment("s2", Set.of(Characteristic.SECRECY), List.of(), "What the text shows here.", 3));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(admin);
        }
    }

    private TraineeReportView open() {
        TraineeReportView view = navigate("reports/trainee/" + trainee.id(), TraineeReportView.class);
        view.show(reports.trainee(trainee.id()));
        return view;
    }

    /** Opens a judgment's override dialog and returns its score field (the newest dialog's). */
    private NumberField overrideScore(int judgment) {
        test($(Button.class).id("override-" + judgment)).click();
        return $(NumberField.class).all().stream()
                .filter(f -> f.getId().orElse("").equals("override-score"))
                .reduce((first, last) -> last)
                .orElseThrow();
    }

    @Test
    void the_score_field_takes_its_bounds_from_what_the_rule_base_stored() {
        open();
        NumberField guessed = overrideScore(0);
        assertThat(guessed.getMin()).as("a guess loses nothing").isEqualTo(0.0);
        assertThat(guessed.getMax()).isEqualTo(3.0);
        assertThat(guessed.getHelperText()).isEqualTo("Between 0 and 3.");

        NumberField certain = overrideScore(1);
        assertThat(certain.getMin()).as("certain and wrong costs 6").isEqualTo(-6.0);
        assertThat(certain.getMax()).isEqualTo(3.0);
    }

    @Test
    void a_score_outside_the_bounds_and_a_missing_reason_are_both_said_beside_their_fields_and_nothing_is_stored() {
        TraineeReportView view = open();
        NumberField score = overrideScore(0);
        assertThat(score.getErrorMessage())
                .as("the field's own range check has words too")
                .isEqualTo("Give a score between 0 and 3, in quarter points.");
        score.setValue(-1.0);
        test($(Button.class).id("save-override")).click();
        TextArea comment = $(TextArea.class).id("override-comment");
        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("Give a score between 0 and 3, in quarter points.");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).startsWith("Say why you change the score");
        assertThat(reports.trainee(trainee.id()).judgments().getFirst().overridden())
                .isFalse();
        assertThat(view.result.judgments().getFirst().score()).isEqualTo(1.0);
    }
}
