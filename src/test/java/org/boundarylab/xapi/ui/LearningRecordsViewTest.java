package org.boundarylab.xapi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.SignIn;
import org.boundarylab.account.TestUsers;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.xapi.LearningRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin's LRS settings: each problem beside its field, the secret never shown again, the outbox in numbers. */
@BoundaryLabTest
@WithMockUser(username = "lena", roles = "ADMIN")
class LearningRecordsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    LearningRecords records;

    @Autowired
    AuditLog audit;

    @org.junit.jupiter.api.BeforeEach
    void admin() {
        users.ensure("lena", Role.ADMIN);
    }

    @AfterEach
    void off() {
        records.save(false, "", "", "", "");
    }

    @Test
    void sending_needs_an_endpoint_a_key_a_secret_and_the_instances_address_each_said_beside_its_field() {
        users.ensure("lena", Role.ADMIN);
        LearningRecordsView view = navigate(LearningRecordsView.class);
        view.enabled.setValue(true);
        view.endpoint.setValue("lrs.example.org");
        view.homePage.setValue("");
        view.save();
        assertThat(view.endpoint.isInvalid()).isTrue();
        assertThat(view.endpoint.getErrorMessage()).startsWith("LRS endpoint: an address starting with https://");
        assertThat(view.key.isInvalid()).isTrue();
        assertThat(view.secret.isInvalid()).isTrue();
        assertThat(view.homePage.getErrorMessage())
                .isEqualTo("This instance's address: needed before statements can be sent.");
        assertThat(records.settings().enabled()).isFalse();

        view.endpoint.setValue("https://lrs.example.org/xapi/");
        view.key.setValue("lab-key");
        view.secret.setValue("lab-secret-9");
        view.homePage.setValue("https://lab.example.org/");
        view.save();
        assertThat(view.endpoint.isInvalid()).isFalse();
        LearningRecords.Settings saved = records.settings();
        assertThat(saved)
                .isEqualTo(new LearningRecords.Settings(
                        true, "https://lrs.example.org/xapi/", "lab-key", true, "https://lab.example.org/"));
        // the secret is never handed back: the field is empty, and saving again keeps the stored one
        assertThat(view.secret.getValue()).isEmpty();
        assertThat(view.secret.getPlaceholder()).contains("Stored");
        view.key.setValue("lab-key-2");
        view.save();
        assertThat(records.settings().secretSet()).isTrue();
        assertThat(audit.recent(5))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("LRS_SETTINGS"))
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("lab-secret-9"));
        assertThat(view.status.getText()).contains("waiting,").contains("sent,").contains("rejected by the LRS");
    }

    @Test
    void only_admins_reach_the_settings() {
        users.ensure("sid", Role.SUPERVISOR);
        SignIn.as("sid", Role.SUPERVISOR);
        assertThatThrownBy(() -> records.settings()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.save(false, "", "", "", "")).isInstanceOf(AccessDeniedException.class);
        SignIn.as("lena", Role.ADMIN);
    }
}
