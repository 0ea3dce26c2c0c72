package org.boundarylab.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scores waiting for their platform (lti_score_outbox). A row is due when its next try has come
 * and no older row for the same line item and user still waits: scores arrive in the order given.
 */
@Component
class ScoreOutbox {

    private final JdbcClient jdbc;

    ScoreOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Due(long id, long targetId, long platformId, String lineItem, String score, int tries) {}

    record Counts(long waiting, long sent, long rejected, String lastError) {}

    void add(long targetId, String scoreJson) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "insert into lti_score_outbox (target_id, score, created_at, tries, next_try_at) values (?, ?, ?, 0, ?)")
                .params(targetId, scoreJson, now, now)
                .update();
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("select o.id, o.target_id, t.platform_id, t.line_item, o.score, o.tries "
                        + "from lti_score_outbox o join lti_grade_target t on t.id = o.target_id "
                        + "where o.sent_at is null and o.rejected_at is null and o.next_try_at <= ? "
                        + "and not exists (select 1 from lti_score_outbox e where e.target_id = o.target_id "
                        + "and e.id < o.id and e.sent_at is null and e.rejected_at is null) "
                        + "order by o.id fetch first " + limit + " rows only")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Due(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
    }

    void sent(long id) {
        jdbc.sql("update lti_score_outbox set sent_at = ?, tries = tries + 1, last_error = null where id = ?")
                .params(Timestamp.from(Instant.now()), id)
                .update();
    }

    void retryLater(long id, String error, Instant next) {
        jdbc.sql("update lti_score_outbox set tries = tries + 1, last_error = ?, next_try_at = ? where id = ?")
                .params(cut(error), Timestamp.from(next), id)
                .update();
    }

    void rejected(long id, String error) {
        jdbc.sql("update lti_score_outbox set tries = tries + 1, last_error = ?, rejected_at = ? where id = ?")
                .params(cut(error), Timestamp.from(Instant.now()), id)
                .update();
    }

    Counts counts() {
        return jdbc.sql("select sum(case when sent_at is null and rejected_at is null then 1 else 0 end), "
                        + "sum(case when sent_at is not null then 1 else 0 end), "
                        + "sum(case when rejected_at is not null then 1 else 0 end) from lti_score_outbox")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), lastError()))
                .single();
    }

    private String lastError() {
        return jdbc.sql("select last_error from lti_score_outbox where sent_at is null and last_error is not null "
                        + "order by id desc fetch first 1 rows only")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
