package org.boundarylab.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start with no accounts, creates {@code admin}: the password comes from
 * BOUNDARYLAB_ADMIN_PASSWORD when set, otherwise it is generated and printed once to the log.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

    static final String PASSWORD_ENV = "BOUNDARYLAB_ADMIN_PASSWORD";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountRepository users;
    private final AccountService accounts;

    FirstAdmin(UserAccountRepository users, AccountService accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            accounts.createFirstAdmin(fromEnv);
            log.info("Created the first account 'admin' with the password from {}.", PASSWORD_ENV);
        } else {
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            accounts.createFirstAdmin(password);
            // printed once, on purpose: there is no default password
            log.warn(
                    "\n\n  First start: created the account 'admin' with the password  {}\n"
                            + "  Sign in at http://localhost:8080 and change it, or set {} before the first start.\n",
                    password,
                    PASSWORD_ENV);
        }
    }
}
