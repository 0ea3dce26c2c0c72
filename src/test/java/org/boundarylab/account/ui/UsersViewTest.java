package org.boundarylab.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.base.ui.NotAllowedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Test
    @WithMockUser(username = "sid", roles = "SUPERVISOR")
    void a_supervisor_sees_only_their_own_trainees() {
        users.ensure("sid", Role.SUPERVISOR);
        users.ensure("tess", Role.TRAINEE);
        accounts.create("made-by-sid", "Made By Sid", Role.TRAINEE, "violet-harbour-tractor");
        UsersView view = navigate(UsersView.class);
        assertThat(java.util.stream.IntStream.range(0, test(view.grid).size())
                        .mapToObj(i -> test(view.grid).getRow(i))
                        .map(UserSummary::username))
                .containsExactly("made-by-sid");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.boundarylab.account.AccountService accounts;

    @Test
    @WithMockUser(username = "tara", roles = "TRAINEE")
    void a_trainee_cannot_open_the_user_list() {
        users.ensure("tara", Role.TRAINEE);
        // a view the role may not open shows the app's own "not open to your account" page, nothing of the view
        assertThatThrownBy(() -> navigate(UsersView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Navigation resulted in unexpected class " + NotAllowedView.class.getName() + " instead of "
                        + UsersView.class.getName());
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
