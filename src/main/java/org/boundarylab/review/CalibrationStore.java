package org.boundarylab.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The calibration tables: rounds, their invited raters, their items and the raters' readings. */
@Repository
class CalibrationStore {

    /** A sampled judgment in its place in the round. */
    record StoredItem(long itemId, int position, long judgmentId) {}

    private static final String ROUND = "select r.id, r.name, r.source, r.seed, r.state, r.started_by, u.display_name, "
            + "r.created_at, r.closed_at, (select count(*) from calibration_item i where i.round_id = r.id) as items "
            + "from calibration_round r join user_account u on u.id = r.started_by ";

    private final JdbcClient jdbc;

    CalibrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(String name, long startedBy, String source, long seed) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into calibration_round (name, started_by, source, seed, state, created_at) values (?, ?, ?, ?, 'OPEN', ?)")
                .params(name, startedBy, source, seed, Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void addRater(long roundId, long raterId) {
        jdbc.sql("insert into calibration_rater (round_id, rater_id) values (?, ?)")
                .params(roundId, raterId)
                .update();
    }

    void addItem(long roundId, int position, long judgmentId) {
        jdbc.sql("insert into calibration_item (round_id, position, judgment_id) values (?, ?, ?)")
                .params(roundId, position, judgmentId)
                .update();
    }

    Optional<CalibrationRound> find(long roundId) {
        return jdbc.sql(ROUND + "where r.id = ?")
                .param(roundId)
                .query(this::head)
                .optional()
                .map(this::withRaters);
    }

    /** The rounds a user started or is invited to (every round for null), newest first. */
    List<CalibrationRound> visibleTo(Long userId) {
        String where = userId == null
                ? ""
                : "where r.started_by = ? or r.id in (select round_id from calibration_rater where rater_id = ?) ";
        var query = jdbc.sql(ROUND + where + "order by r.id desc");
        if (userId != null) {
            query = query.params(userId, userId);
        }
        return query.query(this::head).list().stream().map(this::withRaters).toList();
    }

    List<StoredItem> items(long roundId) {
        return jdbc.sql("select id, position, judgment_id from calibration_item where round_id = ? order by position")
                .param(roundId)
                .query((rs, n) -> new StoredItem(rs.getLong(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    List<PanelAgreement.Rating> ratings(long roundId) {
        return jdbc.sql("select g.item_id, g.rater_id, g.reading, g.fair from calibration_rating g "
                        + "join calibration_item i on i.id = g.item_id where i.round_id = ?")
                .param(roundId)
                .query((rs, n) -> {
                    boolean fair = rs.getBoolean(4);
                    Boolean said = rs.wasNull() ? null : fair; // asked right after reading the column it is about
                    return new PanelAgreement.Rating(
                            rs.getLong(1), rs.getLong(2), ReadingCodes.parse(rs.getString(3)), said);
                })
                .list();
    }

    /** A rater's readings in a round, by item id. */
    java.util.Map<Long, PanelAgreement.Rating> ratingsOf(long roundId, long raterId) {
        java.util.Map<Long, PanelAgreement.Rating> mine = new java.util.HashMap<>();
        ratings(roundId).stream().filter(r -> r.raterId() == raterId).forEach(r -> mine.put(r.itemId(), r));
        return mine;
    }

    void insertReading(long itemId, long raterId, Set<Characteristic> reading) {
        jdbc.sql("insert into calibration_rating (item_id, rater_id, reading, rated_at) values (?, ?, ?, ?)")
                .params(itemId, raterId, ReadingCodes.of(reading), Timestamp.from(Instant.now()))
                .update();
    }

    void setFair(long itemId, long raterId, boolean fair) {
        jdbc.sql("update calibration_rating set fair = ?, rated_at = ? where item_id = ? and rater_id = ?")
                .params(fair, Timestamp.from(Instant.now()), itemId, raterId)
                .update();
    }

    void close(long roundId) {
        jdbc.sql("update calibration_round set state = 'CLOSED', closed_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), roundId)
                .update();
    }

    /** Enabled supervisors and admins, by name. */
    List<Colleague> staff() {
        return jdbc.sql("select id, display_name from user_account where enabled and role in ('SUPERVISOR', 'ADMIN') "
                        + "order by display_name, id")
                .query((rs, n) -> new Colleague(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private CalibrationRound head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new CalibrationRound(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("source"),
                rs.getLong("seed"),
                "OPEN".equals(rs.getString("state")),
                rs.getLong("started_by"),
                rs.getString("display_name"),
                rs.getTimestamp("created_at").toInstant(),
                closed == null ? null : closed.toInstant(),
                rs.getInt("items"),
                List.of());
    }

    private CalibrationRound withRaters(CalibrationRound round) {
        List<CalibrationRound.Rater> raters =
                new ArrayList<>(jdbc.sql("select u.id, u.display_name, (select count(*) from "
                                + "calibration_rating g join calibration_item i on i.id = g.item_id where i.round_id = c.round_id "
                                + "and g.rater_id = u.id) from calibration_rater c join user_account u on u.id = c.rater_id "
                                + "where c.round_id = ? order by u.display_name, u.id")
                        .param(round.id())
                        .query((rs, n) -> new CalibrationRound.Rater(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                        .list());
        return new CalibrationRound(
                round.id(),
                round.name(),
                round.source(),
                round.seed(),
                round.open(),
                round.startedBy(),
                round.startedByName(),
                round.createdAt(),
                round.closedAt(),
                round.items(),
                raters);
    }
}
