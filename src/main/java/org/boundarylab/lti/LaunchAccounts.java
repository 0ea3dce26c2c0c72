package org.boundarylab.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.boundarylab.account.ExternalAccounts;
import org.boundarylab.account.UserSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Boundary Lab account of a platform's user: the one linked to the platform and its user id
 * (sub), created on the first launch. Never matched by name or e-mail: two people with one name on
 * the platform are two accounts, and an existing account of the same name is not taken over.
 */
@Component
class LaunchAccounts {

    private final JdbcClient jdbc;
    private final ExternalAccounts accounts;

    LaunchAccounts(JdbcClient jdbc, ExternalAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The linked account with the launch's role, or empty when it was disabled here. */
    @Transactional
    Optional<UserSummary> accountFor(Launch launch) {
        Platform p = launch.platform();
        Optional<Long> linked = jdbc.sql("select user_id from lti_user_link where platform_id = ? and subject = ?")
                .params(p.id(), launch.subject())
                .query(Long.class)
                .optional();
        if (linked.isPresent()) {
            return accounts.enabled(linked.get())
                    .map(u -> accounts.changeRole(u.id(), launch.role(), "the LMS platform " + p.name()));
        }
        UserSummary created = accounts.create(
                "lms" + p.id() + "-" + launch.subject(), launch.name(), launch.role(), "the LMS platform " + p.name());
        jdbc.sql("insert into lti_user_link (platform_id, subject, user_id, created_at) values (?, ?, ?, ?)")
                .params(p.id(), launch.subject(), created.id(), Timestamp.from(Instant.now()))
                .update();
        return Optional.of(created);
    }
}
