package org.boundarylab.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The session tables in plain SQL (the schema is in V4__live_sessions.sql and V9__live_discussion.sql). */
@Repository
class LiveSessionStore {

    private static final String SELECT =
            "select id, name, join_code, supervisor_id, feedback_mode, open_to_anyone, state, "
                    + "focus_vignette, focus_segment, created_at, closed_at, version from live_session";
    private final JdbcClient jdbc;

    LiveSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member of the cohort, with the name the dashboard shows. */
    record Member(long traineeId, String displayName, boolean invited, Instant joinedAt) {}

    long insert(
            String name,
            String code,
            long supervisorId,
            FeedbackMode mode,
            boolean openToAnyone,
            List<LiveSession.SessionVignette> vignettes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into live_session (name, join_code, supervisor_id, feedback_mode, open_to_anyone, state, "
                        + "focus_vignette, focus_segment, created_at) values (?, ?, ?, ?, ?, 'OPEN', 0, 0, ?)")
                .params(name, code, supervisorId, mode.name(), openToAnyone, Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (LiveSession.SessionVignette v : vignettes) {
            jdbc.sql(
                            "insert into live_session_vignette (session_id, position, vignette_id, vignette_version) values (?, ?, ?, ?)")
                    .params(id, v.position(), v.vignetteId(), v.version())
                    .update();
        }
        return id;
    }

    Optional<LiveSession> find(long id) {
        return withVignettes(jdbc.sql(SELECT + " where id = ?")
                        .param(id)
                        .query(this::session)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<LiveSession> findOpenByCode(String code) {
        return withVignettes(jdbc.sql(SELECT + " where join_code = ? and state <> 'CLOSED'")
                        .param(code)
                        .query(this::session)
                        .list())
                .stream()
                .findFirst();
    }

    boolean codeInUse(String code) {
        return jdbc.sql("select count(*) from live_session where join_code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<LiveSession> bySupervisor(Long supervisorId) {
        return withVignettes(
                supervisorId == null
                        ? jdbc.sql(SELECT + " order by created_at desc")
                                .query(this::session)
                                .list()
                        : jdbc.sql(SELECT + " where supervisor_id = ? order by created_at desc")
                                .param(supervisorId)
                                .query(this::session)
                                .list());
    }

    List<LiveSession> joinedBy(long traineeId) {
        return withVignettes(
                jdbc.sql(SELECT + " where id in (select session_id from live_session_member where trainee_id = ? "
                                + "and joined_at is not null) order by created_at desc")
                        .param(traineeId)
                        .query(this::session)
                        .list());
    }

    /** Each change to the room counts the version up in the same statement, so two changes never share one. */
    long setState(long id, SessionState state, String code) {
        jdbc.sql("update live_session set state = ?, join_code = ?, closed_at = ?, version = version + 1 where id = ?")
                .params(state.name(), code, state == SessionState.CLOSED ? Timestamp.from(Instant.now()) : null, id)
                .update();
        return version(id);
    }

    long setFocus(long id, int vignette, int segment) {
        jdbc.sql("update live_session set focus_vignette = ?, focus_segment = ?, version = version + 1 where id = ?")
                .params(vignette, segment, id)
                .update();
        return version(id);
    }

    /** Counts the version up for a change kept in another table (a reveal, a pick); returns the new version. */
    long bump(long id) {
        jdbc.sql("update live_session set version = version + 1 where id = ?")
                .param(id)
                .update();
        return version(id);
    }

    /** Read in the transaction that changed it: the row is locked until commit, so this is that change's version. */
    long version(long id) {
        return jdbc.sql("select version from live_session where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    void invite(long sessionId, long traineeId) {
        jdbc.sql("insert into live_session_member (session_id, trainee_id, invited) values (?, ?, true)")
                .params(sessionId, traineeId)
                .update();
    }

    /** Marks the trainee as joined; adds them when the session is open to anyone. Returns false if not allowed. */
    boolean join(LiveSession session, long traineeId) {
        int updated = jdbc.sql("update live_session_member set joined_at = coalesce(joined_at, ?) "
                        + "where session_id = ? and trainee_id = ?")
                .params(Timestamp.from(Instant.now()), session.id(), traineeId)
                .update();
        if (updated > 0) {
            return true;
        }
        if (!session.openToAnyone()) {
            return false;
        }
        try {
            jdbc.sql(
                            "insert into live_session_member (session_id, trainee_id, invited, joined_at) values (?, ?, false, ?)")
                    .params(session.id(), traineeId, Timestamp.from(Instant.now()))
                    .update();
        } catch (DuplicateKeyException joinedAtTheSameMoment) {
            // a second tab or a double click joined first: the trainee is in either way
        }
        return true;
    }

    boolean hasJoined(long sessionId, long traineeId) {
        return jdbc.sql(
                                "select count(*) from live_session_member where session_id = ? and trainee_id = ? and joined_at is not null")
                        .params(sessionId, traineeId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<Member> members(long sessionId) {
        return jdbc.sql("select m.trainee_id, u.display_name, m.invited, m.joined_at from live_session_member m "
                        + "join user_account u on u.id = m.trainee_id where m.session_id = ? order by u.display_name")
                .param(sessionId)
                .query((rs, n) ->
                        new Member(rs.getLong(1), rs.getString(2), rs.getBoolean(3), instant(rs.getTimestamp(4))))
                .list();
    }

    void reveal(long sessionId, String vignetteId, String segmentId) {
        try {
            jdbc.sql(
                            "insert into live_session_reveal (session_id, vignette_id, segment_id, revealed_at) values (?, ?, ?, ?)")
                    .params(sessionId, vignetteId, segmentId, Timestamp.from(Instant.now()))
                    .update();
        } catch (DuplicateKeyException alreadyRevealed) {
            // revealing twice changes nothing
        }
    }

    Set<String> revealed(long sessionId, String vignetteId) {
        return new HashSet<>(
                jdbc.sql("select segment_id from live_session_reveal where session_id = ? and vignette_id = ?")
                        .params(sessionId, vignetteId)
                        .query(String.class)
                        .list());
    }

    /** Shows a reasoning to the room; false if it already was. */
    boolean pick(long sessionId, long judgmentId, String vignetteId, String segmentId) {
        try {
            jdbc.sql(
                            "insert into live_session_pick (session_id, judgment_id, vignette_id, segment_id, picked_at) values (?, ?, ?, ?, ?)")
                    .params(sessionId, judgmentId, vignetteId, segmentId, Timestamp.from(Instant.now()))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyPicked) {
            return false;
        }
    }

    boolean unpick(long sessionId, long judgmentId) {
        return jdbc.sql("delete from live_session_pick where session_id = ? and judgment_id = ?")
                        .params(sessionId, judgmentId)
                        .update()
                > 0;
    }

    /** The judgments picked for discussion on one segment, in the order they were picked. */
    List<Long> picks(long sessionId, String vignetteId, String segmentId) {
        return jdbc.sql(
                        "select judgment_id from live_session_pick where session_id = ? and vignette_id = ? and segment_id = ? "
                                + "order by picked_at, judgment_id")
                .params(sessionId, vignetteId, segmentId)
                .query(Long.class)
                .list();
    }

    /** A session row without its vignettes: they are read after the row's result set is closed. */
    private LiveSession session(ResultSet rs, int row) throws SQLException {
        return new LiveSession(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("join_code"),
                rs.getLong("supervisor_id"),
                FeedbackMode.valueOf(rs.getString("feedback_mode")),
                rs.getBoolean("open_to_anyone"),
                SessionState.valueOf(rs.getString("state")),
                rs.getInt("focus_vignette"),
                rs.getInt("focus_segment"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("closed_at")),
                List.of(),
                rs.getLong("version"));
    }

    // a query inside a row mapper would hold a second pooled connection: under load, a deadlock
    private List<LiveSession> withVignettes(List<LiveSession> rows) {
        return rows.stream()
                .map(s -> new LiveSession(
                        s.id(),
                        s.name(),
                        s.joinCode(),
                        s.supervisorId(),
                        s.mode(),
                        s.openToAnyone(),
                        s.state(),
                        s.focusVignette(),
                        s.focusSegment(),
                        s.createdAt(),
                        s.closedAt(),
                        jdbc.sql(
                                        "select position, vignette_id, vignette_version from live_session_vignette where session_id = ? "
                                                + "order by position")
                                .param(s.id())
                                .query((v, n) ->
                                        new LiveSession.SessionVignette(v.getInt(1), v.getString(2), v.getInt(3)))
                                .list(),
                        s.version()))
                .toList();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
