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
        attempts.startNew("mary-after-hours");
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
        assertThat(text(view.feedback)).contains("Right: nothing here crosses the line", "+3 points",
                "Nothing has crossed a line yet");
        assertThat(view.panel.getChildren()).containsExactly(view.feedback);
        test(view.feedback.next).click();
        assertThat(text(view.story)).contains("Segment 2 of 6", "former partner turns up");
    }

    @Test
    void highlighted_clauses_become_evidence_and_are_compared_with_the_cues() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        test(view.form.none).click();
        view.form.certainty.setValue(1);
        test(view.form.submit).click();
        test(view.feedback.next).click();
        test(view.form.none).click();
        view.form.certainty.setValue(1);
        test(view.form.submit).click();
        test(view.feedback.next).click();

        Span clause = $(Span.class, view.story).withClassName("clause").all().stream()
                .filter(s -> s.getText().contains("listening to him")).findFirst().orElseThrow();
        ComponentUtil.fireEvent(clause, new ClickEvent<>(clause));
        assertThat(clause.getClassNames()).contains("chosen");
        assertThat(clause.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(view.form.cards.get(org.boundarylab.vignette.Characteristic.ROLE_REVERSAL)).click();
        view.form.certainty.setValue(2);
        test(view.form.submit).click();

        assertThat(view.feedback.getElement().getOuterHTML()).contains("data-code=\"HIT\"", "data-code=\"EVIDENCE_CITED\"");
        assertThat($(Span.class, view.story).withClassName("mine").all()).isNotEmpty();
        assertThat($(Span.class, view.story).withClassName("expert").all()).isNotEmpty();
    }

    @Test
    void submitting_without_a_choice_says_what_to_do_and_stores_nothing() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        view.form.certainty.setValue(2);
        test(view.form.submit).click();
        assertThat(view.form.error.getText()).contains("Choose at least one characteristic");
        assertThat(view.feedback).isNull();
        test(view.form.none).click();
        view.form.certainty.clear();
        test(view.form.submit).click();
        assertThat(view.form.error.getText()).contains("Say how sure you are");
        assertThat(attempts.startOrResume("mary-after-hours").answered()).isEmpty();
    }

    @Test
    void the_none_choice_excludes_the_four_characteristics() {
        CaseView view = navigate("case/mary-after-hours", CaseView.class);
        test(view.form.cards.get(org.boundarylab.vignette.Characteristic.SECRECY)).click();
        test(view.form.none).click();
        assertThat(view.form.cards.values()).allMatch(c -> !c.getValue());
        test(view.form.cards.get(org.boundarylab.vignette.Characteristic.SECRECY)).click();
        assertThat(view.form.none.getValue()).isFalse();
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively().replaceAll("\\s+", " ");
    }
}
