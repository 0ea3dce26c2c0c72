package org.boundarylab.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.VersionedVignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code reading_correction} table: every reading a supervisor gave, the latest per judgment in force. */
@Repository
class CorrectionStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT =
            "select c.id, c.judgment_id, c.rule_reading, c.reading, c.comment, c.corrected_by, "
                    + "c.corrected_at, c.rule_base_version, c.calibration_round_id, a.trainee_id, a.vignette_id, a.vignette_version, "
                    + "j.segment_id, j.rationale from reading_correction c join judgment j on j.id = c.judgment_id "
                    + "join attempt a on a.id = j.attempt_id ";
    private static final String LATEST = "c.id in (select max(l.id) from reading_correction l group by l.judgment_id)";

    private final JdbcClient jdbc;
    private final VignetteCatalog catalog;

    CorrectionStore(JdbcClient jdbc, VignetteCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    long insert(
            long judgmentId,
            Set<Characteristic> ruleReading,
            Set<Characteristic> reading,
            String comment,
            String by,
            String ruleBaseVersion,
            Assessment corrected,
            Long calibrationRoundId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into reading_correction (judgment_id, rule_reading, reading, comment, corrected_by, corrected_at, "
                                + "rule_base_version, assessment, calibration_round_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        judgmentId,
                        ReadingCodes.of(ruleReading),
                        ReadingCodes.of(reading),
                        comment,
                        by,
                        Timestamp.from(Instant.now()),
                        ruleBaseVersion,
                        JSON.writeValueAsString(corrected),
                        calibrationRoundId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The reading in force for every judgment reviewed, newest first. */
    List<ReadingCorrection> latest() {
        return map(jdbc.sql(SELECT + "where " + LATEST + " order by c.id desc")
                .query(this::row)
                .list());
    }

    /** Every reading given for one judgment, newest first. */
    List<ReadingCorrection> history(long judgmentId) {
        return map(jdbc.sql(SELECT + "where c.judgment_id = ? order by c.id desc")
                .param(judgmentId)
                .query(this::row)
                .list());
    }

    /** The reading in force for these judgments where it differs from the rule base's, with its feedback. */
    Map<Long, CorrectedReading> corrected(Collection<Long> judgmentIds) {
        Map<Long, CorrectedReading> corrected = new HashMap<>();
        for (List<Long> chunk : StoredJudgments.chunks(judgmentIds)) {
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.sql(
                            "select c.judgment_id, c.rule_reading, c.reading, c.comment, c.corrected_at, c.assessment "
                                    + "from reading_correction c where c.judgment_id in (" + in
                                    + ") and c.reading <> c.rule_reading and "
                                    + "c.id in (select max(l.id) from reading_correction l where l.judgment_id = c.judgment_id)")
                    .params(new ArrayList<Object>(chunk))
                    .query((rs, n) -> corrected.put(
                            rs.getLong(1),
                            new CorrectedReading(
                                    rs.getLong(1),
                                    ReadingCodes.parse(rs.getString(2)),
                                    ReadingCodes.parse(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant(),
                                    JSON.readValue(rs.getString(6), Assessment.class))))
                    .list();
        }
        return corrected;
    }

    /** The reading in force (the latest given) of each of these judgments that has one. */
    Map<Long, Set<Characteristic>> inForce(Collection<Long> judgmentIds) {
        Map<Long, Set<Characteristic>> readings = new HashMap<>();
        for (List<Long> chunk : StoredJudgments.chunks(judgmentIds)) {
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.sql(
                            "select c.judgment_id, c.reading from reading_correction c where c.judgment_id in (" + in
                                    + ") and "
                                    + "c.id in (select max(l.id) from reading_correction l where l.judgment_id = c.judgment_id)")
                    .params(new ArrayList<Object>(chunk))
                    .query((rs, n) -> readings.put(rs.getLong(1), ReadingCodes.parse(rs.getString(2))))
                    .list();
        }
        return readings;
    }

    /** The rule-base versions whose readings were reviewed, for the filter. */
    List<String> versions() {
        return jdbc.sql("select distinct rule_base_version from reading_correction order by rule_base_version")
                .query(String.class)
                .list();
    }

    /** A row as read; the case's title and the segment's number come from the revision the attempt used. */
    private record Row(
            long id,
            long judgmentId,
            String ruleReading,
            String reading,
            String comment,
            String by,
            Instant at,
            String ruleBaseVersion,
            Long roundId,
            long traineeId,
            String vignetteId,
            int version,
            String segmentId,
            String rationale) {}

    private Row row(ResultSet rs, int n) throws SQLException {
        long round = rs.getLong("calibration_round_id");
        Long roundId = rs.wasNull() ? null : round;
        return new Row(
                rs.getLong("id"),
                rs.getLong("judgment_id"),
                rs.getString("rule_reading"),
                rs.getString("reading"),
                rs.getString("comment"),
                rs.getString("corrected_by"),
                rs.getTimestamp("corrected_at").toInstant(),
                rs.getString("rule_base_version"),
                roundId,
                rs.getLong("trainee_id"),
                rs.getString("vignette_id"),
                rs.getInt("vignette_version"),
                rs.getString("segment_id"),
                rs.getString("rationale"));
    }

    private List<ReadingCorrection> map(List<Row> rows) {
        Map<String, java.util.Optional<VersionedVignette>> revisions = new HashMap<>();
        List<ReadingCorrection> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            var revision = revisions.computeIfAbsent(
                    r.vignetteId() + "@" + r.version(), k -> catalog.revision(r.vignetteId(), r.version()));
            String title = revision.map(v -> v.vignette().title()).orElse(r.vignetteId());
            int number =
                    revision.map(v -> v.vignette().indexOf(r.segmentId()) + 1).orElse(0);
            out.add(new ReadingCorrection(
                    r.id(),
                    r.judgmentId(),
                    r.traineeId(),
                    r.vignetteId(),
                    title,
                    number,
                    r.rationale(),
                    ReadingCodes.parse(r.ruleReading()),
                    ReadingCodes.parse(r.reading()),
                    r.comment(),
                    r.by(),
                    r.at(),
                    r.ruleBaseVersion(),
                    r.roundId()));
        }
        return out;
    }
}
