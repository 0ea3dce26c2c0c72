package org.boundarylab.audit;

import java.time.Instant;

/**
 * Which events of the audit trail to show: of one kind (an action code), by one person (a
 * username), from and until an instant; any of them may be null for "all".
 */
public record AuditQuery(String action, String actor, Instant from, Instant until) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
