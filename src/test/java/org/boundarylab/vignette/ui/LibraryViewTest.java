package org.boundarylab.vignette.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
@WithMockUser(username = "lou", roles = "TRAINEE")
class LibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @BeforeEach
    void user() {
        users.ensure("lou", Role.TRAINEE);
    }

    @Test
    void the_library_shows_marys_case_with_its_summary_difficulty_tags_and_source() {
        LibraryView view = navigate(LibraryView.class);
        String text = view.cards.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Mary: the last appointment of the day",
                        "Intermediate",
                        "6 segments",
                        "Mary, a woman in her thirties",
                        "physical contact",
                        "Peterson");
        assertThat($(Anchor.class, view.cards).all())
                .anyMatch(a -> a.getHref().equals("case/mary-after-hours")
                        && a.getText().equals("Start case"));
    }

    @Test
    @WithMockUser(username = "sal", roles = "SUPERVISOR")
    void search_and_filters_narrow_the_cards_and_say_how_many_match() {
        users.ensure("sal", Role.SUPERVISOR);
        LibraryView view = navigate(LibraryView.class);
        int all = $(com.vaadin.flow.component.html.Article.class, view.cards)
                .all()
                .size();
        assertThat(all).isGreaterThanOrEqualTo(12);
        assertThat(view.count.getText()).isEqualTo(all + " cases");
        view.search.setValue("video");
        assertThat($(com.vaadin.flow.component.html.Article.class, view.cards).all())
                .hasSize(1);
        assertThat(view.cards.getElement().getTextRecursively()).contains("Priya: sessions on screen");
        assertThat(view.count.getText()).isEqualTo("1 of " + all + " cases match");
        view.search.clear();
        view.difficulty.setValue(3);
        view.characteristic.setValue(org.boundarylab.vignette.Characteristic.ROLE_REVERSAL);
        view.tag.setValue("money");
        assertThat(view.cards.getElement().getTextRecursively())
                .contains("The Whitfields")
                .doesNotContain("Daniel", "Priya");
        view.search.setValue("no such words anywhere");
        assertThat(view.cards.getElement().getTextRecursively()).contains("No case matches these filters.");
    }

    @Test
    void a_trainee_sees_no_authoring_tools() {
        LibraryView view = navigate(LibraryView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class, view.cards).all())
                .noneMatch(b -> b.getText().equals("Retire"));
        assertThat($(Anchor.class).all())
                .noneMatch(a ->
                        a.getText().equals("Write a new case") || a.getText().equals("Edit"));
        assertThat(view.showRetired.isAttached()).isFalse();
    }

    @Test
    void a_trainee_cannot_filter_by_the_characteristics_a_case_shows_which_would_give_the_answers_away() {
        LibraryView view = navigate(LibraryView.class);
        assertThat(view.characteristic.isAttached()).isFalse();
        assertThat(view.tag.isAttached()).isTrue();
    }

    @Test
    void dimensions_are_spelled_one_way_in_the_filter_and_on_the_cards() {
        LibraryView view = navigate(LibraryView.class);
        assertThat(view.tag.getItemLabelGenerator().apply("physical-contact")).isEqualTo("physical contact");
        assertThat(view.cards.getElement().getTextRecursively())
                .contains("physical contact")
                .doesNotContain("physical-contact");
    }

    @Test
    @WithMockUser(username = "sal", roles = "SUPERVISOR")
    void a_supervisor_is_offered_no_change_to_a_seed_case_and_is_told_why() {
        users.ensure("sal", Role.SUPERVISOR);
        LibraryView view = navigate(LibraryView.class);
        view.search.setValue("Eileen");
        assertThat($(com.vaadin.flow.component.button.Button.class, view.cards)
                        .withText("Retire")
                        .all())
                .isEmpty();
        assertThat(view.cards.getElement().getTextRecursively())
                .contains("A seed case: only an administrator changes it.");
    }

    @Test
    @WithMockUser(username = "ada-admin", roles = "ADMIN")
    void an_admin_can_retire_a_seed_case_and_find_it_again_among_the_retired() {
        users.ensure("ada-admin", Role.ADMIN);
        LibraryView view = navigate(LibraryView.class);
        view.search.setValue("Eileen");
        com.vaadin.flow.component.button.Button retire = $(com.vaadin.flow.component.button.Button.class, view.cards)
                .withText("Retire")
                .single();
        test(retire).click();
        try {
            assertThat(view.cards.getElement().getTextRecursively()).contains("No case matches");
            view.showRetired.setValue(true);
            assertThat(view.cards.getElement().getTextRecursively()).contains("Eileen", "Retired");
        } finally {
            test($(com.vaadin.flow.component.button.Button.class, view.cards)
                            .withText("Restore")
                            .single())
                    .click();
        }
        assertThat(view.cards.getElement().getTextRecursively()).doesNotContain("Retired");
    }
}
