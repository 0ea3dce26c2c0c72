package org.boundarylab.vignette.ui.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.base.ui.NotAllowedView;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Person;
import org.boundarylab.vignette.Pronouns;
import org.boundarylab.vignette.VignetteCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
@WithMockUser(username = "sam", roles = "SUPERVISOR")
class VignetteEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    VignetteCatalog catalog;

    @BeforeEach
    void user() {
        users.ensure("sam", Role.SUPERVISOR);
        users.ensure("tia", Role.TRAINEE);
    }

    @Test
    void problems_appear_beside_their_fields_as_you_type_and_a_fixed_case_saves() {
        VignetteEditorView view = navigate(VignetteEditorView.class);
        assertThat(view.details.title.isInvalid())
                .as("a blank new case shows no errors")
                .isFalse();
        assertThat(view.problems.isEmpty()).isTrue();
        view.details.title.setValue("x");
        view.details.title.setValue("");
        assertThat(view.details.title.isInvalid()).as("checked once touched").isTrue();
        assertThat(view.details.title.getErrorMessage()).isEqualTo("Fill this in.");
        assertThat(view.details.source.isInvalid()).as("not touched yet").isFalse();
        view.details.id.setValue("Not Kebab");
        assertThat(view.details.id.getErrorMessage())
                .contains("lower-case words joined by hyphens")
                .doesNotContain("kebab");
        view.details.id.setValue("editor-view-case");
        view.details.title.setValue("Editor view case");
        view.details.source.setValue("Written for a test, after Peterson (2015).");
        view.details.summary.setValue("A short summary.");
        view.segmentEditor.text.setValue("The counsellor asks the client to keep their meetings from her family.");
        view.segmentEditor.key.setValue(java.util.Set.of(Characteristic.SECRECY));
        assertThat(view.segmentEditor.cueProblemText()).contains("SECRECY is in the key but has no cue phrase");
        view.segmentEditor.addCue(Characteristic.SECRECY, "keep their meetings from her family");
        view.segmentEditor.explanation.setValue("Secrecy: hidden from those who could help.");
        assertThat(view.problems.isEmpty())
                .as(view.problems.described().toString())
                .isTrue();
        test(view.save).click();
        assertThat(catalog.latest("editor-view-case")).hasValueSatisfying(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.vignette().segments().getFirst().cues().get(Characteristic.SECRECY))
                    .containsExactly("keep their meetings from her family");
        });
    }

    @Test
    void saving_a_blank_case_shows_every_problem_beside_its_field() {
        VignetteEditorView view = navigate(VignetteEditorView.class);
        test(view.save).click();
        assertThat(view.details.title.isInvalid()).isTrue();
        assertThat(view.details.source.isInvalid()).isTrue();
        assertThat(view.segmentEditor.text.isInvalid()).isTrue();
        assertThat(view.problems.described()).allMatch(p -> !p.contains("non-empty") && !p.contains("kebab"));
    }

    @Test
    void a_case_shows_its_people_in_the_editor() {
        VignetteEditorView view = navigate("authoring/daniel-school-counsellor", VignetteEditorView.class);
        assertThat(view.details.clientName.getValue()).isEqualTo("Daniel");
        assertThat(view.details.clientPronouns.getValue()).isEqualTo(Pronouns.HE);
        assertThat(view.details.professionalName.getValue()).isEqualTo("Ms Okafor");
        assertThat(view.details.professionalPronouns.getValue()).isEqualTo(Pronouns.SHE);
    }

    @Test
    void the_names_and_pronouns_feedback_uses_are_edited_checked_beside_their_fields_and_saved() {
        VignetteEditorView view = navigate(VignetteEditorView.class);
        view.details.id.setValue("editor-people-case");
        view.details.title.setValue("Editor people case");
        view.details.source.setValue("Written for a test, after Peterson (2015).");
        view.details.summary.setValue("A short summary.");
        view.segmentEditor.text.setValue("The counsellor keeps to the hour.");
        view.segmentEditor.explanation.setValue("The normal imbalance.");

        view.details.clientPronouns.setValue(Pronouns.SHE);
        assertThat(view.details.clientName.isInvalid())
                .as("pronouns without a name")
                .isTrue();
        assertThat(view.details.clientName.getErrorMessage()).contains("Fill this in.");
        view.details.clientPronouns.setValue(null);
        assertThat(view.details.clientName.isInvalid()).isFalse();
        view.details.professionalName.setValue("Mx Okafor");
        assertThat(view.details.professionalPronouns.isInvalid())
                .as("a name without pronouns")
                .isTrue();
        view.details.professionalPronouns.setValue(Pronouns.THEY);
        assertThat(view.problems.isEmpty())
                .as(view.problems.described().toString())
                .isTrue();
        test(view.save).click();
        assertThat(catalog.latest("editor-people-case"))
                .hasValueSatisfying(v -> assertThat(v.vignette().people())
                        .isEqualTo(new People(null, new Person("Mx Okafor", Pronouns.THEY))));
    }

    @Test
    void words_that_are_not_in_the_text_cannot_become_a_cue() {
        VignetteEditorView view = navigate(VignetteEditorView.class);
        view.segmentEditor.text.setValue("Some text.");
        view.segmentEditor.key.setValue(java.util.Set.of(Characteristic.ROLE_REVERSAL));
        view.segmentEditor.addCue(Characteristic.ROLE_REVERSAL, "other words");
        assertThat(view.draft.segments.getFirst().cues.getOrDefault(Characteristic.ROLE_REVERSAL, java.util.List.of()))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "tia", roles = "TRAINEE")
    void a_trainee_cannot_open_the_editor() {
        // a view the role may not open shows the app's own "not open to your account" page, nothing of the view
        assertThatThrownBy(() -> navigate(VignetteEditorView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Navigation resulted in unexpected class " + NotAllowedView.class.getName() + " instead of "
                        + VignetteEditorView.class.getName());
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
