package org.boundarylab.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Set;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The summary reads what the rules stored: each segment's points, how many of its outcomes were right, what a segment is worth. */
@BoundaryLabTest
@WithMockUser(username = "sumi", roles = "TRAINEE")
class SummaryViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    AttemptService attempts;

    @Test
    void segments_judged_without_certainty_are_worth_what_the_rules_recorded() {
        users.ensure("sumi", Role.TRAINEE);
        long attempt = attempts.startNew("mary-after-hours").attemptId();
        attempts.submit(attempt, new Judgment("s1", Set.of(), List.of(), "What the text shows here.", null));
        attempts.submit(
                attempt,
                new Judgment(
                        "s2",
                        Set.of(Characteristic.SECRECY, Characteristic.DOUBLE_BIND),
                        List.of(),
                        "What the text shows here.",
                        null));

        SummaryView view = navigate("attempt/" + attempt + "/summary", SummaryView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(view.total.getText()).isEqualTo("1.50 of 2 points");
        assertThat(text)
                .contains(
                        "Each segment is worth up to 1 point.",
                        "the knowledge check adds a point",
                        "All right",
                        "+1 point")
                .doesNotContain("up to 3 points");
        assertThat(text)
                .as("s2 shows no violation: two of its four outcomes are right")
                .contains("2 of 4 right", "+0.50 points");
    }
}
