package org.boundarylab.session;

import java.time.Clock;
import org.boundarylab.protection.GuessThrottle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Join-code guessing, slowed per account and per address like passwords ({@link GuessThrottle}):
 * 24^6 codes are many, but a script trying 40 a second should meet a wall, not an open door.
 */
@Component
class JoinCodeThrottle extends GuessThrottle {

    JoinCodeThrottle(JdbcClient jdbc, TransactionTemplate transactions) {
        super("join-code", jdbc, transactions, Clock.systemUTC());
    }

    /** The address the caller signed in from (Spring Security keeps it with the sign-in). */
    static String callerAddress() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress()
                : "unknown";
    }
}
