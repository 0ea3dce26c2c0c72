package org.boundarylab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.boundarylab.BoundaryLabTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void users() {
        testUsers.ensure("sam-supervisor", Role.SUPERVISOR);
        testUsers.ensure("tom-trainee", Role.TRAINEE);
        testUsers.ensure("ada-admin", Role.ADMIN);
    }

    @Test
    void on_first_start_an_admin_exists_with_a_hashed_password() {
        UserAccount admin = repository.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}$2");
    }

    @Test
    @WithMockUser(username = "sam-supervisor", roles = "SUPERVISOR")
    void a_supervisor_creates_a_trainee_whose_password_is_stored_hashed() {
        UserSummary created = accounts.create("new-trainee-1", "New Trainee", Role.TRAINEE, "a-good-password");
        assertThat(created.role()).isEqualTo(Role.TRAINEE);
        String hash = repository.findByUsername("new-trainee-1").orElseThrow().getPasswordHash();
        assertThat(hash).doesNotContain("a-good-password");
        assertThat(encoder.matches("a-good-password", hash)).isTrue();
    }

    @Test
    @WithMockUser(username = "sam-supervisor", roles = "SUPERVISOR")
    void a_supervisor_cannot_create_a_supervisor_or_an_admin() {
        assertThatThrownBy(() -> accounts.create("new-sup", "New Sup", Role.SUPERVISOR, "a-good-password"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create("new-adm", "New Adm", Role.ADMIN, "a-good-password"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "ada-admin", roles = "ADMIN")
    void an_admin_creates_a_supervisor_and_disables_and_resets_accounts() {
        UserSummary sup = accounts.create("new-sup-2", "Second Supervisor", Role.SUPERVISOR, "a-good-password");
        assertThat(accounts.setEnabled(sup.id(), false).enabled()).isFalse();
        accounts.resetPassword(sup.id(), "another-password");
        assertThat(encoder.matches("another-password", repository.findById(sup.id()).orElseThrow().getPasswordHash())).isTrue();
        assertThat(accounts.loadUserByUsername("new-sup-2").isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "tom-trainee", roles = "TRAINEE")
    void a_trainee_can_neither_list_nor_create_accounts() {
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create("x-1", "X", Role.TRAINEE, "a-good-password")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_can_use_the_service() {
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "ada-admin", roles = "ADMIN")
    void bad_account_details_are_refused_with_what_to_fix() {
        assertThatThrownBy(() -> accounts.create("ok-name", "Name", Role.TRAINEE, "short"))
                .isInstanceOf(AccountException.class).hasMessageStartingWith("Password:");
        assertThatThrownBy(() -> accounts.create("Bad Name!", "Name", Role.TRAINEE, "a-good-password"))
                .isInstanceOf(AccountException.class).hasMessageStartingWith("Username:");
        assertThatThrownBy(() -> accounts.create("tom-trainee", "Name", Role.TRAINEE, "a-good-password"))
                .isInstanceOf(AccountException.class).hasMessageContaining("already taken");
    }

    @org.junit.jupiter.api.Test
    void the_most_common_passwords_are_refused_whatever_their_length() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccountService.checkPassword("qwertyuiop"))
                .hasMessageContaining("most common passwords");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccountService.checkPassword("Password1"))
                .hasMessageContaining("most common passwords");
        AccountService.checkPassword("violet-harbour-tractor");
        AccountService.checkPassword("x".repeat(64));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccountService.checkPassword("short"))
                .hasMessageContaining("8 to");
    }

    @org.junit.jupiter.api.Test
    @org.springframework.security.test.context.support.WithMockUser(username = "root-names", roles = "ADMIN")
    void names_with_control_or_direction_override_characters_are_refused() {
        testUsers.ensure("root-names", Role.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("rtl-name", "Eve \u202Egnp.exe", Role.TRAINEE,
                "violet-harbour-tractor")).hasMessageStartingWith("Full name:");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("nul-name", "Eve\u0000", Role.TRAINEE,
                "violet-harbour-tractor")).hasMessageStartingWith("Full name:");
        org.assertj.core.api.Assertions.assertThat(accounts.create("html-name", "<b>Zoë</b> O'Brien-Łukasz", Role.TRAINEE,
                "violet-harbour-tractor").displayName()).isEqualTo("<b>Zoë</b> O'Brien-Łukasz");
    }
}
