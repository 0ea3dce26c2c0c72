package org.boundarylab.lti;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a checked launch leaves for the next request (lti_handoff): a one-time sign-in token for the
 * new window, or a deep-linking request's context until the instructor picks a case.
 */
@Component
class Handoffs {

    static final String SIGN_IN = "sign-in";
    static final String DEEP_LINK = "deep-link";
    private final JdbcClient jdbc;

    Handoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Handoff(
            String token,
            String kind,
            long userId,
            long platformId,
            String target,
            String deploymentId,
            String returnUrl,
            String data) {}

    String open(String kind, long userId, long platformId, String target, Launch launch, Duration lifetime) {
        String token = LoginStates.random();
        Instant now = Instant.now();
        jdbc.sql("delete from lti_handoff where expires_at < ?")
                .param(Timestamp.from(now))
                .update();
        jdbc.sql("insert into lti_handoff (token, kind, user_id, platform_id, target, deployment_id, return_url, data, "
                        + "expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        token,
                        kind,
                        userId,
                        platformId,
                        target,
                        launch.deploymentId(),
                        launch.deepLinkReturnUrl(),
                        launch.deepLinkData(),
                        Timestamp.from(now.plus(lifetime)))
                .update();
        return token;
    }

    /** The handoff, if of this kind and not expired, without using it up. */
    Optional<Handoff> find(String kind, String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select token, kind, user_id, platform_id, target, deployment_id, return_url, data "
                        + "from lti_handoff where token = ? and kind = ? and expires_at >= ?")
                .params(token, kind, Timestamp.from(Instant.now()))
                .query((rs, n) -> new Handoff(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .optional();
    }

    /** The handoff, used up: a second request with the same token finds nothing. */
    @Transactional
    Optional<Handoff> take(String kind, String token) {
        Optional<Handoff> found = find(kind, token);
        if (found.isPresent()
                && jdbc.sql("delete from lti_handoff where token = ?")
                                .param(token)
                                .update()
                        == 1) {
            return found;
        }
        return Optional.empty();
    }
}
