package org.boundarylab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.vignette.ui.LibraryView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The menu is Vaadin's access-aware menu: each role sees the screens it may open, in the menu's order. */
@BoundaryLabTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Test
    @WithMockUser(username = "menu-trainee", roles = "TRAINEE")
    void a_trainee_sees_only_the_screens_a_trainee_may_open() {
        users.ensure("menu-trainee", Role.TRAINEE);
        navigate(LibraryView.class);
        assertThat(menu())
                .containsExactly(
                        "Case library", "My attempts", "Live sessions", "Reports", "References", "My password");
    }

    @Test
    @WithMockUser(username = "menu-supervisor", roles = "SUPERVISOR")
    void a_supervisor_also_writes_cases_manages_users_and_reviews() {
        users.ensure("menu-supervisor", Role.SUPERVISOR);
        navigate(LibraryView.class);
        assertThat(menu())
                .containsExactly(
                        "Case library",
                        "My attempts",
                        "Live sessions",
                        "Reports",
                        "References",
                        "My password",
                        "Write a case",
                        "Users",
                        "Reading corrections",
                        "Calibration");
    }

    @Test
    @WithMockUser(username = "menu-admin", roles = "ADMIN")
    void an_admin_also_sees_rules_and_operations() {
        users.ensure("menu-admin", Role.ADMIN);
        navigate(LibraryView.class);
        assertThat(menu())
                .containsExactly(
                        "Case library",
                        "My attempts",
                        "Live sessions",
                        "Reports",
                        "References",
                        "My password",
                        "Write a case",
                        "Users",
                        "Reading corrections",
                        "Calibration",
                        "Rules",
                        "Operations",
                        "Learning records",
                        "LMS platforms");
        assertThat($(SideNavItem.class).all().stream()
                        .filter(i -> i.getLabel().equals("Write a case"))
                        .findFirst()
                        .orElseThrow()
                        .getPath())
                .isEqualTo("authoring");
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
