package org.boundarylab.vignette.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
@WithMockUser(username = "rita", roles = "TRAINEE")
class ReferencesViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Test
    void the_references_page_lists_the_literature_with_the_cases_that_cite_it() {
        users.ensure("rita", Role.TRAINEE);
        ReferencesView view = navigate(ReferencesView.class);
        String text = view.list.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Peterson, M. R. (2015). At personal risk",
                        "Zilcha-Mano, S. (2017)",
                        "Cited by: Mary: the last appointment of the day");
    }
}
