package org.boundarylab.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a trainee's score for a case goes (lti_grade_target): the line item of the last link they
 * launched the case from, per platform; and which completed attempts were graded to which target.
 */
@Component
class GradeTargets {

    private final JdbcClient jdbc;

    GradeTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Target(long id, long platformId, String subject, String lineItem) {}

    void remember(long platformId, long userId, String subject, String vignetteId, String lineItem) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update lti_grade_target set subject = ?, line_item = ?, updated_at = ? "
                        + "where platform_id = ? and user_id = ? and vignette_id = ?")
                .params(subject, lineItem, now, platformId, userId, vignetteId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into lti_grade_target (platform_id, user_id, subject, vignette_id, line_item, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(platformId, userId, subject, vignetteId, lineItem, now)
                    .update();
        }
    }

    List<Target> of(long userId, String vignetteId) {
        return jdbc.sql("select id, platform_id, subject, line_item from lti_grade_target "
                        + "where user_id = ? and vignette_id = ? order by id")
                .params(userId, vignetteId)
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void graded(long attemptId, long targetId) {
        jdbc.sql("insert into lti_graded_attempt (attempt_id, target_id) select ?, ? from (values (1)) x "
                        + "where not exists (select 1 from lti_graded_attempt where attempt_id = ?)")
                .params(attemptId, targetId, attemptId)
                .update();
    }

    Optional<Target> ofAttempt(long attemptId) {
        return jdbc.sql("select t.id, t.platform_id, t.subject, t.line_item from lti_grade_target t "
                        + "join lti_graded_attempt g on g.target_id = t.id where g.attempt_id = ?")
                .param(attemptId)
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
