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
        assertThat(text).contains("Mary: the last appointment of the day", "Intermediate", "6 segments",
                "Mary, a woman in her thirties", "physical contact", "Peterson");
        assertThat($(Anchor.class, view.cards).all()).anyMatch(a -> a.getHref().equals("case/mary-after-hours")
                && a.getText().equals("Start case"));
    }
}
