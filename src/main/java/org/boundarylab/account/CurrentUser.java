package org.boundarylab.account;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is calling, read from the security context on the server, and checked against the account as
 * stored now (a disabled account stops at its next request). Services ask several times a request,
 * so this is one indexed query in plain JDBC, not a repository call with a transaction of its own.
 */
@Component
public class CurrentUser {

    private static final String SELECT = "select id, username, display_name, role, enabled, created_at"
            + " from user_account where username = ? and enabled";
    /** How the entity stores its instants (Hibernate writes them as UTC timestamps). */
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final JdbcClient jdbc;
    private final EntityManager entities;

    CurrentUser(JdbcClient jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    public Optional<UserSummary> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entities.flush(); // as a JPA query would: an account changed earlier in this transaction counts
        }
        return jdbc.sql(SELECT)
                .param(auth.getName())
                .query(CurrentUser::summary)
                .optional();
    }

    /** The caller, or an access error: services call this before touching anyone's data. */
    public UserSummary require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    private static UserSummary summary(ResultSet rs, int row) throws SQLException {
        return new UserSummary(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at", (Calendar) UTC.clone()).toInstant());
    }
}
