package org.boundarylab.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.lti.LtiPlatforms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin's LMS platforms page: the tool's values to paste, each problem beside its field, a saved platform listed. */
@BoundaryLabTest
@WithMockUser(username = "petra", roles = "ADMIN")
class LtiPlatformsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void admin() {
        users.ensure("petra", Role.ADMIN);
    }

    @Test
    void the_page_shows_the_tools_addresses_and_registers_a_platform_saying_what_each_field_needs() {
        LtiPlatformsView view = navigate(LtiPlatformsView.class);
        assertThat($(TextField.class).all().stream()
                        .filter(TextField::isReadOnly)
                        .map(TextField::getValue)
                        .toList())
                .anySatisfy(v -> assertThat(v).endsWith("/lti/login"))
                .anySatisfy(v -> assertThat(v).endsWith("/lti/launch"))
                .anySatisfy(v -> assertThat(v).endsWith("/lti/jwks"));

        view.issuer.setValue("moodle.example.edu");
        view.save();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.issuer.getErrorMessage()).isEqualTo("Issuer: an https:// address, as the LMS shows it.");
        assertThat(view.deploymentIds.getErrorMessage()).startsWith("Deployment ids:");
        assertThat(view.jwksEndpoint.isInvalid()).isTrue();
        assertThat(platforms.all()).noneMatch(p -> p.issuer().equals("moodle.example.edu"));

        fillMoodle(view, "University Moodle", "3\n4");
        assertThat(view.issuer.isInvalid()).isFalse();
        assertThat(view.registered.getElement().getTextRecursively())
                .contains("University Moodle", "client id Xy12AbC", "deployments 3, 4", "new window");
        assertThat(platforms.all())
                .anySatisfy(p -> assertThat(p.frameOrigin()).isEqualTo("https://moodle.example.edu"));
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("LTI_PLATFORM_SAVED"));

        // the same issuer and client id twice: refused, beside the client id
        fillMoodle(view, "Moodle again", "5");
        assertThat(view.clientId.getErrorMessage()).contains("already registered");
        assertThat(view.scores.getText()).contains("waiting,", "sent,", "refused by the platform");
    }

    /** Moodle's values as its tool configuration shows them, then Save. */
    private static void fillMoodle(LtiPlatformsView view, String name, String deployments) {
        view.name.setValue(name);
        view.issuer.setValue("https://moodle.example.edu");
        view.clientId.setValue("Xy12AbC");
        view.deploymentIds.setValue(deployments);
        view.authEndpoint.setValue("https://moodle.example.edu/mod/lti/auth.php");
        view.tokenEndpoint.setValue("https://moodle.example.edu/mod/lti/token.php");
        view.jwksEndpoint.setValue("https://moodle.example.edu/mod/lti/certs.php");
        view.save();
    }

    @Test
    @WithMockUser(username = "sid", roles = "SUPERVISOR")
    void only_an_admin_registers_platforms() {
        users.ensure("sid", Role.SUPERVISOR);
        assertThatThrownBy(() -> platforms.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> platforms.rotateKey()).isInstanceOf(AccessDeniedException.class);
    }
}
