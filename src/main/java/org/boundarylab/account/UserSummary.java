package org.boundarylab.account;

import java.time.Instant;

/** A user as the screens show it: never the password hash. */
public record UserSummary(
        long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {}
