package org.boundarylab.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.boundarylab.training.ScoreOverrides;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The overrides {@link Reports#override} stored, for the trainee's own screens. */
@Component
class StoredScoreOverrides implements ScoreOverrides {

    private final JdbcClient jdbc;

    StoredScoreOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Double> of(Collection<Long> judgmentIds) {
        Map<Long, Double> scores = new HashMap<>();
        if (judgmentIds.isEmpty()) {
            return scores;
        }
        String in = String.join(",", java.util.Collections.nCopies(judgmentIds.size(), "?"));
        jdbc.sql("select judgment_id, score from score_override where judgment_id in (" + in + ")")
                .params(judgmentIds.stream().map(Object.class::cast).toList())
                .query((rs, n) -> scores.put(rs.getLong(1), rs.getDouble(2)))
                .list();
        return scores;
    }
}
