package org.boundarylab.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a supervisor's live sessions reach, for the modules that decide whose work a supervisor
 * sees (reports): the sessions they run, the trainees in them, and the cases each trainee was
 * assigned there. The session module owns its tables; others ask here.
 */
@Component
public class SupervisedRooms {

    private final JdbcClient jdbc;

    SupervisedRooms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param sessions   the sessions the supervisor runs
     * @param joined     the trainees who joined one of them
     * @param members    the trainees in one of them, invited or joined
     * @param assigned   for each member, the cases of the sessions they are a member of
     */
    public record Reach(Set<Long> sessions, Set<Long> joined, Set<Long> members, Map<Long, Set<String>> assigned) {

        /**
         * Whether an attempt falls in the supervisor's sight: made in one of their sessions, or on a
         * case their sessions assigned to the trainee, or the trainee's private practice if the
         * trainee shares it and is in one of their sessions.
         */
        public boolean sees(Long sessionId, long traineeId, String vignetteId, boolean sharesPractice) {
            if (sessionId != null && sessions.contains(sessionId)) {
                return true;
            }
            if (assigned.getOrDefault(traineeId, Set.of()).contains(vignetteId)) {
                return true;
            }
            return sessionId == null && sharesPractice && members.contains(traineeId);
        }
    }

    public Reach of(long supervisorId) {
        Set<Long> sessions = new HashSet<>(jdbc.sql("select id from live_session where supervisor_id = ?")
                .param(supervisorId)
                .query(Long.class)
                .list());
        Set<Long> joined = new HashSet<>();
        Set<Long> members = new HashSet<>();
        jdbc.sql("select m.trainee_id, m.joined_at is not null from live_session_member m join live_session s "
                        + "on s.id = m.session_id where s.supervisor_id = ?")
                .param(supervisorId)
                .query((rs, n) -> {
                    members.add(rs.getLong(1));
                    if (rs.getBoolean(2)) {
                        joined.add(rs.getLong(1));
                    }
                    return null;
                })
                .list();
        Map<Long, Set<String>> assigned = new HashMap<>();
        jdbc.sql(
                        "select m.trainee_id, sv.vignette_id from live_session_vignette sv join live_session s on s.id = sv.session_id "
                                + "join live_session_member m on m.session_id = s.id where s.supervisor_id = ?")
                .param(supervisorId)
                .query((rs, n) -> assigned.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        return new Reach(Set.copyOf(sessions), Set.copyOf(joined), Set.copyOf(members), Map.copyOf(assigned));
    }
}
