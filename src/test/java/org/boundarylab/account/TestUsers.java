package org.boundarylab.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts directly in the database for tests, whoever is signed in. */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-password-1";
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;

    TestUsers(UserAccountRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Transactional
    public UserSummary ensure(String username, Role role) {
        return users.findByUsername(username).map(UserAccount::summary).orElseGet(() -> users.save(
                        new UserAccount(username, "Test " + username, encoder.encode(PASSWORD), role))
                .summary());
    }
}
