package org.boundarylab.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: who did what and when, in the database (for the screens) and in the log
 * (logger {@code AUDIT}, for operations). Never given a password or a token.
 */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("AUDIT");
    private static final int MAX_DETAIL = 2000;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public record Event(Instant at, String actor, String action, String detail) {}

    /** Records an event; the detail is cut to fit and stripped of line breaks, so it cannot forge log lines. */
    public void record(String actor, String action, String detail) {
        String clean = detail.replaceAll("[\\r\\n\\t]+", " ");
        clean = clean.length() > MAX_DETAIL ? clean.substring(0, MAX_DETAIL) : clean;
        log.info("{} {} {}", actor, action, clean);
        jdbc.sql("insert into audit_event (at, actor, action, detail) values (?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), actor, action, clean)
                .update();
    }

    /**
     * Records a refusal made by a service's own ownership check and returns the exception to throw.
     * Written in its own transaction: the caller's rolls back with the refusal, the record must not.
     */
    public AccessDeniedException refused(String actor, String detail) {
        ownTransaction.executeWithoutResult(status -> record(actor, "ACCESS_DENIED", detail));
        return new AccessDeniedException(detail);
    }

    @PreAuthorize("hasRole('ADMIN')") // a literal: audit depends on no feature
    public List<Event> recent(int limit) {
        return jdbc.sql("select at, actor, action, detail from audit_event order by id desc limit ?")
                .param(limit)
                .query((rs, n) ->
                        new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** One page of the events a query selects, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Event> search(AuditQuery query, int offset, int limit) {
        Where where = Where.of(query);
        List<Object> params = new java.util.ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select at, actor, action, detail from audit_event" + where.sql()
                        + " order by id desc limit ? offset ?")
                .params(params)
                .query((rs, n) ->
                        new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** How many events a query selects. */
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditQuery query) {
        Where where = Where.of(query);
        return jdbc.sql("select count(*) from audit_event" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The kinds of event recorded so far (action codes), for a filter. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action")
                .query(String.class)
                .list();
    }

    /** Everyone who appears in the trail (usernames), for a filter. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> actors() {
        return jdbc.sql("select distinct actor from audit_event order by actor")
                .query(String.class)
                .list();
    }

    /** The query's conditions as SQL with bound parameters (never the values themselves). */
    private record Where(String sql, List<Object> params) {
        static Where of(AuditQuery q) {
            List<String> parts = new java.util.ArrayList<>();
            List<Object> params = new java.util.ArrayList<>();
            if (q.action() != null) {
                parts.add("action = ?");
                params.add(q.action());
            }
            if (q.actor() != null) {
                parts.add("actor = ?");
                params.add(q.actor());
            }
            if (q.from() != null) {
                parts.add("at >= ?");
                params.add(Timestamp.from(q.from()));
            }
            if (q.until() != null) {
                parts.add("at < ?");
                params.add(Timestamp.from(q.until()));
            }
            return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
        }
    }

    /** The events about one subject (e.g. a judgment's overrides), newest first. */
    public List<Event> about(String action, String subjectPrefix) {
        return jdbc.sql(
                        "select at, actor, action, detail from audit_event where action = ? and detail like ? order by id desc")
                .params(action, subjectPrefix + "%")
                .query((rs, n) ->
                        new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
