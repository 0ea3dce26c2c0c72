package org.boundarylab.xapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The statements waiting for the LRS (xapi_outbox), in the order they happened. */
@Component
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String statementId, String statement, int tries) {}

    record Counts(long waiting, long sent, long rejected, Optional<String> lastError, Optional<Instant> lastSent) {}

    /** Adds a statement unless one with its id is already there (the same event announced twice). */
    void add(String statementId, String verb, String json, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("insert into xapi_outbox (statement_id, verb, statement, created_at, tries, next_try_at) "
                        + "select ?, ?, ?, ?, 0, ? from (values (1)) x where not exists "
                        + "(select 1 from xapi_outbox where statement_id = ?)")
                .params(statementId, verb, json, at, at, statementId)
                .update();
    }

    List<Row> waiting(int limit) {
        return jdbc.sql(
                        "select id, statement_id, statement, tries from xapi_outbox where sent_at is null and rejected_at is null "
                                + "order by id fetch first " + limit + " rows only")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    void sent(long id, Instant at) {
        jdbc.sql("update xapi_outbox set sent_at = ?, tries = tries + 1, last_error = null where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void failed(long id, String error, Instant nextTry) {
        jdbc.sql("update xapi_outbox set tries = tries + 1, last_error = ?, next_try_at = ? where id = ?")
                .params(cut(error), Timestamp.from(nextTry), id)
                .update();
    }

    void rejected(long id, String error, Instant at) {
        jdbc.sql("update xapi_outbox set tries = tries + 1, last_error = ?, rejected_at = ? where id = ?")
                .params(cut(error), Timestamp.from(at), id)
                .update();
    }

    Counts counts() {
        long waiting = count("sent_at is null and rejected_at is null");
        long sent = count("sent_at is not null");
        long rejected = count("rejected_at is not null");
        Optional<String> lastError = jdbc.sql(
                        "select last_error from xapi_outbox where last_error is not null and sent_at is null "
                                + "order by id desc fetch first 1 rows only")
                .query(String.class)
                .optional();
        Optional<Instant> lastSent = jdbc.sql("select max(sent_at) from xapi_outbox")
                .query((rs, n) -> {
                    Timestamp t = rs.getTimestamp(1);
                    return t == null ? null : t.toInstant();
                })
                .optional();
        return new Counts(waiting, sent, rejected, lastError, lastSent);
    }

    /** The statements of every row, oldest first (tests and the profile's checks read them). */
    List<String> statements() {
        return jdbc.sql("select statement from xapi_outbox order by id")
                .query(String.class)
                .list();
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from xapi_outbox where " + where)
                .query(Long.class)
                .single();
    }

    private static String cut(String error) {
        return error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
