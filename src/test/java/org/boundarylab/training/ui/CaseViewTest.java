package org.boundarylab.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.training.AttemptService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The judgment screen without a browser: read, mark evidence, judge, get feedback, move on. */
@BoundaryLabTest
@WithMockUser(username = "vera", roles = "TRAINEE")
class CaseViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    AttemptService attempts;

    @BeforeEach
    void freshAttempt() {
        users.ensure("vera", Role.TRAINEE);
        var fresh = attempts.startNew("mary-after-hours");
        // the recall question before the first segment, answered: these tests start at segment 1
        attempts.answerRecallBefore(fresh.attemptId(), "Something about secrecy, I think.");
    }

    @Test
    void the_recall_question_comes_first_unscored_and_the_end_shows_what_the_case_taught() {
        var fresh = attempts.startNew("mary-after-hours");
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        assertThat(view.form).as("no segment before the question").isNull();
        assertThat(text(view.story)).contains("Before the first segment", "four characteristics");
        assertThat(text(view.panel)).contains("Before you start", "not scored");
        test(view.knowledge.submit).click();
        assertThat(text(view.knowledge)).contains("write what you already know");
        view.knowledge.answer.setValue("Secrecy, I think.");
        test(view.knowledge.submit).click();
        assertThat(text(view.story)).contains("Segment 1 of 6");
        assertThat(attempts.get(fresh.attemptId()).before()).isPresent();
        assertThat(attempts.get(fresh.attemptId()).score()).as("not scored").isZero();

        for (var segment : attempts.get(fresh.attemptId()).vignette().vignette().segments()) {
            attempts.submit(
                    fresh.attemptId(),
                    new org.boundarylab.judgment.Judgment(
                            segment.id(),
                            java.util.EnumSet.noneOf(org.boundarylab.vignette.Characteristic.class),
                            java.util.List.of(),
                            "Nothing here goes wrong yet.",
                            1));
        }
        view = navigate("case/mary-after-hours", CaseView.class);
        view.knowledge.answer.setValue("Role reversal, professional privilege, the double bind and secrecy.");
        test(view.knowledge.submit).click();
        assertThat(text(view.knowledge)).contains("Before the case you named 1 of 4; at the end, 4 of 4 (3 more).");
    }

    @Test
    void a_trainee_judges_the_first_segment_and_sees_the_feedback() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        assertThat(text(view.story)).contains("Segment 1 of 6", "At intake Mary says");
        test(view.form.none).click();
        test(view.form.rationale).setValue("She idealises him; he keeps to the hour.");
        view.form.certainty.setValue(3);
        test(view.form.submit).click();

        assertThat(view.feedback).isNotNull();
        assertThat(text(view.feedback))
                .contains("Right: nothing here crosses the line", "+3 points", "Nothing has crossed a line yet");
        assertThat(view.panel.getChildren()).containsExactly(view.feedback);
        test(view.feedback.next).click();
        assertThat(text(view.story)).contains("Segment 2 of 6", "former partner turns up");
    }

    @Test
    void highlighted_clauses_become_evidence_and_are_compared_with_the_cues() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        test(view.form.none).click();
        test(view.form.rationale).setValue("She admires him, and that is normal.");
        view.form.certainty.setValue(1);
        test(view.form.submit).click();
        test(view.feedback.next).click();
        test(view.form.none).click();
        test(view.form.rationale).setValue("The extra time was for her safety and written down.");
        view.form.certainty.setValue(1);
        test(view.form.submit).click();
        test(view.feedback.next).click();

        Span clause = $(Span.class, view.story).withClassName("clause").all().stream()
                .filter(s -> s.getText().contains("listening to him"))
                .findFirst()
                .orElseThrow();
        ComponentUtil.fireEvent(clause, new ClickEvent<>(clause));
        assertThat(clause.getClassNames()).contains("chosen");
        assertThat(clause.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(view.form.cards.get(org.boundarylab.vignette.Characteristic.ROLE_REVERSAL))
                .click();
        test(view.form.rationale).setValue("She now looks after him.");
        view.form.certainty.setValue(2);
        test(view.form.submit).click();

        assertThat(view.feedback.getElement().getOuterHTML())
                .contains("data-code=\"HIT\"", "data-code=\"EVIDENCE_CITED\"");
        assertThat($(Span.class, view.story).withClassName("mine").all()).isNotEmpty();
        assertThat($(Span.class, view.story).withClassName("expert").all()).isNotEmpty();
    }

    @Test
    void submitting_an_empty_form_names_every_missing_part_at_once_beside_its_field_and_stores_nothing() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        test(view.form.submit).click();
        assertThat(view.form.marksError.isVisible()).isTrue();
        assertThat(view.form.marksError.getText()).contains("Tick at least one characteristic");
        assertThat(view.form.rationale.isInvalid()).isTrue();
        assertThat(view.form.certainty.isInvalid()).isTrue();
        assertThat(view.form.certainty.getErrorMessage()).contains("Say how sure you are");
        assertThat(view.form.error.getText()).startsWith("3 things to finish");
        assertThat(view.feedback).isNull();

        test(view.form.none).click();
        test(view.form.rationale).setValue("She idealises him, which is ordinary.");
        test(view.form.submit).click();
        assertThat(view.form.marksError.isVisible()).isFalse();
        assertThat(view.form.rationale.isInvalid()).isFalse();
        assertThat(view.form.certainty.isInvalid()).isTrue();
        assertThat(view.form.error.getText()).startsWith("One thing to finish");
        assertThat(attempts.startOrResume("mary-after-hours").answered()).isEmpty();
    }

    @Test
    void submit_is_refused_without_a_few_words_of_reasoning_shown_on_the_field() {
        // (that the focus moves to the field is checked in a real browser: TraineeJourneyIT)
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        test(view.form.none).click();
        view.form.certainty.setValue(2);
        assertThat(view.form.rationale.isRequiredIndicatorVisible()).isTrue();
        for (String reasoning : java.util.List.of("", "Just normal.")) {
            test(view.form.rationale).setValue(reasoning);
            test(view.form.submit).click();
            assertThat(view.form.rationale.isInvalid())
                    .as("reasoning \"%s\"", reasoning)
                    .isTrue();
            assertThat(view.form.rationale.getErrorMessage()).contains("at least 3 words");
            assertThat(view.form.submit.isEnabled()).isTrue();
            assertThat(view.feedback).isNull();
        }
        assertThat(attempts.startOrResume("mary-after-hours").answered()).isEmpty();

        test(view.form.rationale).setValue("She idealises him; he keeps the frame.");
        assertThat(view.form.rationale.isInvalid())
                .as("fixed as soon as it is long enough")
                .isFalse();
        test(view.form.submit).click();
        assertThat(view.feedback).isNotNull();
        assertThat(attempts.startOrResume("mary-after-hours").answered()).hasSize(1);
    }

    @Test
    void a_harmless_crossing_gets_its_own_feedback_and_why_lists_the_facts_of_a_right_answer() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        test(view.form.none).click();
        test(view.form.rationale).setValue("She admires him; that is ordinary.");
        view.form.certainty.setValue(1);
        test(view.form.submit).click();
        assertThat(text(view.feedback))
                .contains("Mary's trust or admiration and Russ's authority")
                .doesNotContain("boundary crossing, not a violation");
        test(view.feedback.next).click();
        test(view.form.none).click();
        test(view.form.rationale).setValue("The extra time served her safety and was recorded.");
        view.form.certainty.setValue(1);
        test(view.form.submit).click();

        String feedback = text(view.feedback);
        assertThat(feedback)
                .contains("Right: a boundary crossing, not a violation", "serves Mary", "Russ handles it openly")
                .doesNotContain("admiration");
        // "Why?" of the right answer: the rule, the key and what was marked
        assertThat(feedback)
                .contains(
                        "Rule: “a harmless crossing rightly seen as no violation”",
                        "The key: “none of the four: a boundary crossing that is not a violation”",
                        "You marked: “none of these”");
    }

    @Test
    void the_none_choice_excludes_the_four_characteristics() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        test(view.form.cards.get(org.boundarylab.vignette.Characteristic.SECRECY))
                .click();
        test(view.form.none).click();
        assertThat(view.form.cards.values()).allMatch(c -> !c.getValue());
        test(view.form.cards.get(org.boundarylab.vignette.Characteristic.SECRECY))
                .click();
        assertThat(view.form.none.getValue()).isFalse();
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively().replaceAll("\\s+", " ");
    }
}
