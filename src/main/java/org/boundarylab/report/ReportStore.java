package org.boundarylab.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.session.SupervisedRooms;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored judgments for reports in one query each (attempts, accounts and overrides joined),
 * with the outcomes and the score's bounds the rule base stored in each judgment's assessment
 * ({@link StoredVerdict}, which reads only those from the JSON): 50,000 judgments read in well under
 * a second. The key comes from the vignette revision the attempt was made against.
 */
@Repository
class ReportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SELECT =
            "select j.id, j.attempt_id, a.trainee_id, a.session_id, u.share_practice, u.username, u.display_name, a.vignette_id, "
                    + "a.vignette_version, j.segment_id, j.marked, j.evidence, j.rationale, j.confidence, j.score, j.max_score, "
                    + "j.assessment, j.rule_base_version, j.submitted_at, o.score as override_score, o.comment as override_comment "
                    + "from judgment j join attempt a on a.id = j.attempt_id join user_account u on u.id = a.trainee_id "
                    + "left join score_override o on o.judgment_id = j.id ";
    private final JdbcClient jdbc;
    private final VignetteCatalog catalog;
    private final SupervisedRooms rooms;

    ReportStore(JdbcClient jdbc, VignetteCatalog catalog, SupervisedRooms rooms) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.rooms = rooms;
    }

    /**
     * A trainee's judgments: all of them for a null viewer (the trainee, an admin), else those the
     * supervisor sees ({@link SupervisedRooms.Reach#sees}: the session module says what their sessions reach).
     */
    List<ScoredJudgment> ofTrainee(long traineeId, Long supervisorId) {
        List<Row> rows = jdbc.sql(SELECT + "where a.trainee_id = ? order by j.attempt_id, j.id")
                .param(traineeId)
                .query(this::row)
                .list();
        if (supervisorId == null) {
            return map(rows);
        }
        SupervisedRooms.Reach reach = rooms.of(supervisorId);
        return map(rows.stream()
                .filter(r -> reach.sees(r.sessionId(), r.traineeId(), r.vignetteId(), r.sharesPractice()))
                .toList());
    }

    /** Every knowledge check a trainee answered, oldest attempt first. */
    List<KnowledgeAnswer> knowledgeAnswersOfTrainee(long traineeId) {
        // with the same question's answer before the first segment, where there was one (what the case taught)
        return jdbc.sql(
                        "select k.attempt_id, a.vignette_id, k.answer, k.score, k.max_score, b.score from knowledge_answer k "
                                + "join attempt a on a.id = k.attempt_id left join recall_before b on b.attempt_id = k.attempt_id "
                                + "where a.trainee_id = ? order by k.attempt_id")
                .param(traineeId)
                .query((rs, n) -> new KnowledgeAnswer(
                        String.valueOf(rs.getLong(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getObject(6) == null ? null : rs.getDouble(6)))
                .list();
    }

    /** Each attempt's knowledge-check points (by attempt id), for the attempts' totals. */
    Map<String, org.boundarylab.training.AttemptTotal.Part> knowledgeOfTrainee(long traineeId) {
        Map<String, org.boundarylab.training.AttemptTotal.Part> points = new HashMap<>();
        jdbc.sql(
                        "select k.attempt_id, k.score, k.max_score from knowledge_answer k join attempt a on a.id = k.attempt_id "
                                + "where a.trainee_id = ?")
                .param(traineeId)
                .query((rs, n) -> points.put(
                        String.valueOf(rs.getLong(1)),
                        new org.boundarylab.training.AttemptTotal.Part(rs.getDouble(2), rs.getDouble(3))))
                .list();
        return points;
    }

    List<ScoredJudgment> ofSession(long sessionId) {
        return map(jdbc.sql(SELECT + "where a.session_id = ? order by j.attempt_id, j.id")
                .param(sessionId)
                .query(this::row)
                .list());
    }

    /** Every attempt on these vignettes; with a supervisor id, only those the supervisor sees by trainees who joined their sessions. */
    List<ScoredJudgment> onVignettes(Set<String> vignetteIds, Long supervisorId) {
        if (vignetteIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(vignetteIds.size(), "?"));
        List<Row> rows = jdbc.sql(SELECT + "where a.vignette_id in (" + in + ") order by j.attempt_id, j.id")
                .params(new ArrayList<>(vignetteIds))
                .query(this::row)
                .list();
        if (supervisorId == null) {
            return map(rows);
        }
        SupervisedRooms.Reach reach = rooms.of(supervisorId);
        return map(rows.stream()
                .filter(r -> seen(reach, r.sessionId(), r.traineeId(), r.vignetteId(), r.sharesPractice()))
                .toList());
    }

    /** Of these judgments, those the supervisor sees (a trainee who joined their sessions, the attempt in their sight). */
    Set<Long> seenBy(java.util.Collection<Long> judgmentIds, long supervisorId) {
        if (judgmentIds.isEmpty()) {
            return Set.of();
        }
        SupervisedRooms.Reach reach = rooms.of(supervisorId);
        String in = String.join(",", java.util.Collections.nCopies(judgmentIds.size(), "?"));
        Set<Long> seen = new java.util.HashSet<>();
        jdbc.sql("select j.id, a.session_id, a.trainee_id, a.vignette_id, u.share_practice from judgment j "
                        + "join attempt a on a.id = j.attempt_id join user_account u on u.id = a.trainee_id where j.id in ("
                        + in + ")")
                .params(new ArrayList<>(judgmentIds))
                .query((rs, n) -> {
                    long session = rs.getLong(2);
                    Long sessionId = rs.wasNull() ? null : session;
                    if (seen(reach, sessionId, rs.getLong(3), rs.getString(4), rs.getBoolean(5))) {
                        seen.add(rs.getLong(1));
                    }
                    return null;
                })
                .list();
        return seen;
    }

    /** A supervisor sees an attempt of a trainee who joined one of their sessions, when their sessions reach it. */
    private static boolean seen(
            SupervisedRooms.Reach reach, Long sessionId, long traineeId, String vignetteId, boolean sharesPractice) {
        return reach.joined().contains(traineeId) && reach.sees(sessionId, traineeId, vignetteId, sharesPractice);
    }

    boolean supervises(long supervisorId, long traineeId) {
        return rooms.of(supervisorId).joined().contains(traineeId);
    }

    /** The trainees who joined the supervisor's sessions (all trainees for null), by name. */
    List<Map.Entry<Long, String>> trainees(Long supervisorId) {
        List<Map.Entry<Long, String>> all = jdbc.sql(
                        "select id, display_name from user_account where role = 'TRAINEE' " + "order by display_name")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
        if (supervisorId == null) {
            return all;
        }
        Set<Long> joined = rooms.of(supervisorId).joined();
        return all.stream().filter(t -> joined.contains(t.getKey())).toList();
    }

    String displayName(long userId) {
        return jdbc.sql("select display_name from user_account where id = ?")
                .param(userId)
                .query(String.class)
                .optional()
                .orElse("unknown");
    }

    /** Attempt start and finish times by attempt id. */
    Map<String, Instant[]> attemptTimes(long traineeId) {
        Map<String, Instant[]> times = new HashMap<>();
        jdbc.sql("select id, started_at, completed_at from attempt where trainee_id = ?")
                .param(traineeId)
                .query((rs, n) -> times.put(
                        String.valueOf(rs.getLong(1)),
                        new Instant[] {instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))}))
                .list();
        return times;
    }

    /** The stored assessment of every judgment of a trainee, by judgment id, read in one query. */
    Map<Long, org.boundarylab.judgment.Assessment> assessmentsOfTrainee(long traineeId) {
        Map<Long, org.boundarylab.judgment.Assessment> assessments = new HashMap<>();
        jdbc.sql(
                        "select j.id, j.assessment from judgment j join attempt a on a.id = j.attempt_id where a.trainee_id = ?")
                .param(traineeId)
                .query((rs, n) -> assessments.put(
                        rs.getLong(1), JSON.readValue(rs.getString(2), org.boundarylab.judgment.Assessment.class)))
                .list();
        return assessments;
    }

    /** The segment a judgment was made on, as the attempt's revision has it. */
    java.util.Optional<Segment> segment(String vignetteId, int version, String segmentId) {
        return catalog.revision(vignetteId, version).flatMap(v -> v.vignette().segment(segmentId));
    }

    /** The judgment's trainee, if the judgment exists. */
    java.util.Optional<Long> traineeOfJudgment(long judgmentId) {
        return jdbc.sql("select a.trainee_id from judgment j join attempt a on a.id = j.attempt_id where j.id = ?")
                .param(judgmentId)
                .query(Long.class)
                .optional();
    }

    /** The lowest and highest score the rule base recorded for a judgment: what an override must stay within. */
    record Bounds(double lowest, double highest) {
        boolean admit(double score) {
            return lowest <= score && score <= highest;
        }
    }

    Bounds bounds(long judgmentId) {
        return jdbc.sql("select assessment, max_score from judgment where id = ?")
                .param(judgmentId)
                .query((rs, n) ->
                        new Bounds(StoredVerdict.read(rs.getString(1)).minScoreOr(rs.getDouble(2)), rs.getDouble(2)))
                .single();
    }

    void override(long judgmentId, double score, String comment, String by) {
        int updated = jdbc.sql("update score_override set score = ?, comment = ?, overridden_by = ?, overridden_at = ? "
                        + "where judgment_id = ?")
                .params(score, comment, by, Timestamp.from(Instant.now()), judgmentId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into score_override (judgment_id, score, comment, overridden_by, overridden_at) values (?, ?, ?, ?, ?)")
                    .params(judgmentId, score, comment, by, Timestamp.from(Instant.now()))
                    .update();
        }
    }

    /** A row as read: the key is added from the vignette revision. */
    private record Row(
            long id,
            long attempt,
            String username,
            String name,
            String vignetteId,
            int version,
            String segmentId,
            String marked,
            String evidence,
            String rationale,
            Integer confidence,
            double score,
            double maxScore,
            StoredVerdict verdict,
            String ruleBaseVersion,
            Instant submittedAt,
            Double overrideScore,
            String overrideComment,
            long traineeId,
            Long sessionId,
            boolean sharesPractice) {}

    private Row row(ResultSet rs, int n) throws SQLException {
        int confidence = rs.getInt("confidence");
        double override = rs.getDouble("override_score");
        boolean overridden = !rs.wasNull();
        long session = rs.getLong("session_id");
        Long sessionId = rs.wasNull() ? null : session;
        return new Row(
                rs.getLong("id"),
                rs.getLong("attempt_id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("vignette_id"),
                rs.getInt("vignette_version"),
                rs.getString("segment_id"),
                rs.getString("marked"),
                rs.getString("evidence"),
                rs.getString("rationale"),
                confidence == 0 ? null : confidence,
                rs.getDouble("score"),
                rs.getDouble("max_score"),
                StoredVerdict.read(rs.getString("assessment")),
                rs.getString("rule_base_version"),
                instant(rs.getTimestamp("submitted_at")),
                overridden ? override : null,
                rs.getString("override_comment"),
                rs.getLong("trainee_id"),
                sessionId,
                rs.getBoolean("share_practice"));
    }

    private List<ScoredJudgment> map(List<Row> rows) {
        Map<String, Set<Characteristic>> keys = new HashMap<>();
        Map<String, ItemName> names = new HashMap<>();
        List<ScoredJudgment> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String at = r.vignetteId() + "@" + r.version() + "#" + r.segmentId();
            Set<Characteristic> key = keys.computeIfAbsent(at, k -> catalog.revision(r.vignetteId(), r.version())
                    .flatMap(v -> v.vignette().segment(r.segmentId()))
                    .map(Segment::key)
                    .orElse(Set.of()));
            ItemName item = names.computeIfAbsent(at, k -> catalog.revision(r.vignetteId(), r.version())
                    .map(v -> ItemName.of(v.vignette(), r.segmentId()))
                    .orElse(ItemName.ofIds(r.vignetteId(), r.segmentId())));
            Set<Characteristic> marked = marked(r.marked());
            out.add(new ScoredJudgment(
                    String.valueOf(r.attempt()),
                    r.name() + " (" + r.username() + ")",
                    r.vignetteId(),
                    r.version(),
                    r.segmentId(),
                    marked,
                    key,
                    r.verdict().outcomesOr(key, marked),
                    List.of(JSON.readValue(r.evidence(), String[].class)),
                    r.rationale(),
                    r.confidence(),
                    r.overrideScore() != null ? r.overrideScore() : r.score(),
                    r.score(),
                    r.verdict().minScoreOr(r.maxScore()),
                    r.maxScore(),
                    r.ruleBaseVersion(),
                    r.submittedAt(),
                    r.overrideComment(),
                    r.id(),
                    item,
                    r.traineeId()));
        }
        return out;
    }

    private static Set<Characteristic> marked(String stored) {
        Set<Characteristic> marked = EnumSet.noneOf(Characteristic.class);
        if (!stored.isEmpty()) {
            for (String code : stored.split(",")) {
                marked.add(Characteristic.valueOf(code));
            }
        }
        return marked;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
