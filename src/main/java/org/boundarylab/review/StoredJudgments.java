package org.boundarylab.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored judgments, read-only, with their attempt's trainee, case and session (as the report
 * module reads them: one query, no entity of another module). Review never writes these tables.
 */
@Repository
class StoredJudgments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT =
            "select j.id, a.trainee_id, a.vignette_id, a.vignette_version, j.segment_id, j.marked, "
                    + "j.evidence, j.rationale, j.confidence, j.assessment, j.rule_base_version "
                    + "from judgment j join attempt a on a.id = j.attempt_id ";

    /** One stored judgment: what the trainee said, and the rule base's assessment of it. */
    record Row(
            long judgmentId,
            long traineeId,
            String vignetteId,
            int version,
            String segmentId,
            Set<Characteristic> marked,
            List<String> evidence,
            String rationale,
            Integer confidence,
            Assessment assessment,
            String ruleBaseVersion) {

        Judgment judgment() {
            return new Judgment(segmentId, marked, evidence, rationale, confidence);
        }

        Set<Characteristic> ruleReading() {
            return assessment.rationaleDescribes();
        }
    }

    private final JdbcClient jdbc;

    StoredJudgments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long judgmentId) {
        return jdbc.sql(SELECT + "where j.id = ?")
                .param(judgmentId)
                .query(this::row)
                .optional();
    }

    /** These judgments, in id order (missing ids are left out). */
    List<Row> all(Collection<Long> judgmentIds) {
        List<Row> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(judgmentIds)) {
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            rows.addAll(jdbc.sql(SELECT + "where j.id in (" + in + ") order by j.id")
                    .params(new ArrayList<Object>(chunk))
                    .query(this::row)
                    .list());
        }
        return rows;
    }

    /** The ids of the judgments made in a live session that have reasoning to read, in id order. */
    List<Long> inSession(long sessionId) {
        return jdbc.sql("select j.id from judgment j join attempt a on a.id = j.attempt_id "
                        + "where a.session_id = ? and j.rationale <> '' order by j.id")
                .param(sessionId)
                .query(Long.class)
                .list();
    }

    /** The ids of the judgments on a case that have reasoning to read, by these trainees (everyone's for null), in id order. */
    List<Long> onCase(String vignetteId, Set<Long> traineeIds) {
        record Owned(long judgmentId, long traineeId) {}
        return jdbc
                .sql("select j.id, a.trainee_id from judgment j join attempt a on a.id = j.attempt_id "
                        + "where a.vignette_id = ? and j.rationale <> '' order by j.id")
                .param(vignetteId)
                .query((rs, n) -> new Owned(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .filter(o -> traineeIds == null || traineeIds.contains(o.traineeId()))
                .map(Owned::judgmentId)
                .toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        int confidence = rs.getInt("confidence");
        return new Row(
                rs.getLong("id"),
                rs.getLong("trainee_id"),
                rs.getString("vignette_id"),
                rs.getInt("vignette_version"),
                rs.getString("segment_id"),
                ReadingCodes.parse(rs.getString("marked")),
                List.of(JSON.readValue(rs.getString("evidence"), String[].class)),
                rs.getString("rationale"),
                confidence == 0 ? null : confidence,
                JSON.readValue(rs.getString("assessment"), Assessment.class),
                rs.getString("rule_base_version"));
    }

    /** IN lists of at most 500: a trainee's report may hold thousands of judgments. */
    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
