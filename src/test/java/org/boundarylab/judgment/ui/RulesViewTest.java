package org.boundarylab.judgment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.base.ui.NotAllowedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class RulesViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Test
    @WithMockUser(username = "ada-admin", roles = "ADMIN")
    void an_admin_sees_the_rule_files_and_version_and_reloads_them() {
        users.ensure("ada-admin", Role.ADMIN);
        RulesView view = navigate(RulesView.class);
        String status = view.status.getElement().getTextRecursively();
        assertThat(status).contains("rb-", "outcomes.drl", "scoring.drl", "messages.yaml", "lexicon.yaml");
        test(view.reload).click();
        assertThat(view.result.getElement().getTextRecursively()).startsWith("Reloaded. Version rb-");
    }

    @Test
    @WithMockUser(username = "sid", roles = "SUPERVISOR")
    void a_supervisor_cannot_open_the_rules_page() {
        users.ensure("sid", Role.SUPERVISOR);
        // a view the role may not open shows the app's own "not open to your account" page, nothing of the view
        assertThatThrownBy(() -> navigate(RulesView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Navigation resulted in unexpected class " + NotAllowedView.class.getName() + " instead of "
                        + RulesView.class.getName());
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
