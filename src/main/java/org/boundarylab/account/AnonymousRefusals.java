package org.boundarylab.account;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.boundarylab.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Refusals of visitors who are not signed in, counted rather than written one row each: anyone on
 * the network could otherwise fill the audit table without an account. One row an hour at most
 * says how many there were (and one more when the app stops).
 */
@Component
class AnonymousRefusals {

    static final Duration PERIOD = Duration.ofHours(1);
    private final AuditLog audit;
    private final Clock clock;
    private long count;
    private Instant since;

    @org.springframework.beans.factory.annotation.Autowired
    AnonymousRefusals(AuditLog audit) {
        this(audit, Clock.systemUTC());
    }

    AnonymousRefusals(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    synchronized void count() {
        Instant now = clock.instant();
        if (since == null) {
            since = now;
        }
        count++;
        if (Duration.between(since, now).compareTo(PERIOD) >= 0) {
            flush();
        }
    }

    synchronized long pending() {
        return count;
    }

    @PreDestroy
    synchronized void flush() {
        if (count > 0) {
            audit.record(
                    "anonymous",
                    "ANONYMOUS_REFUSED",
                    count + " request(s) by visitors not signed in were refused since " + since
                            + " (counted, not recorded one by one)");
        }
        count = 0;
        since = null;
    }
}
