package org.boundarylab.session;

import java.util.HashSet;
import java.util.Set;
import org.boundarylab.account.TraineeRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trainees in a supervisor's live sessions, invited to the cohort or joined with the code. */
@Component
class SessionRoster implements TraineeRoster {

    private static final String MEMBERS = "select m.trainee_id from live_session_member m "
            + "join live_session s on s.id = m.session_id where s.supervisor_id = ?";
    private final JdbcClient jdbc;

    SessionRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean inSessionsOf(long supervisorId, long traineeId) {
        return jdbc.sql("select count(*) from (" + MEMBERS + " and m.trainee_id = ?) x")
                        .params(supervisorId, traineeId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public Set<Long> traineesInSessionsOf(long supervisorId) {
        return new HashSet<>(
                jdbc.sql(MEMBERS).param(supervisorId).query(Long.class).list());
    }
}
