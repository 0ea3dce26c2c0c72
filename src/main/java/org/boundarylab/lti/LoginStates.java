package org.boundarylab.lti;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OIDC state and nonce between a login request and its launch, in the database so that any
 * node can take the launch; each state is taken once, and each nonce a launch used is remembered.
 */
@Component
class LoginStates {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    LoginStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Pending(String state, String nonce, long platformId) {}

    Pending open(long platformId) {
        Pending p = new Pending(random(), random(), platformId);
        Instant now = Instant.now();
        jdbc.sql("delete from lti_login_state where expires_at < ?")
                .param(Timestamp.from(now))
                .update();
        jdbc.sql("insert into lti_login_state (state, nonce, platform_id, expires_at) values (?, ?, ?, ?)")
                .params(p.state(), p.nonce(), platformId, Timestamp.from(now.plus(LIFETIME)))
                .update();
        return p;
    }

    /** The state's login, taken so it cannot be used again; empty when unknown, used or expired. */
    @Transactional
    Optional<Pending> take(String state) {
        if (state == null || state.isBlank() || state.length() > 64) {
            return Optional.empty();
        }
        Optional<Pending> found = jdbc.sql(
                        "select state, nonce, platform_id from lti_login_state where state = ? and expires_at >= ?")
                .params(state, Timestamp.from(Instant.now()))
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .optional();
        // the delete decides between two nodes taking the same state at once
        int deleted = jdbc.sql("delete from lti_login_state where state = ?")
                .param(state)
                .update();
        return deleted == 1 ? found : Optional.empty();
    }

    /** Remembers a nonce; false when a launch already used it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean firstUse(long platformId, String nonce) {
        try {
            jdbc.sql("insert into lti_used_nonce (platform_id, nonce, used_at) values (?, ?, ?)")
                    .params(platformId, nonce, Timestamp.from(Instant.now()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
