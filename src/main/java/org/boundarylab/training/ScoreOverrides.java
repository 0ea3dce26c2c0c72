package org.boundarylab.training;

import java.util.Collection;
import java.util.Map;

/**
 * The scores supervisors set in place of the rule base's, by judgment id. Reviewing owns them (the
 * report feature answers); attempts ask, so a trainee's own screens show the same total as the
 * reports.
 */
public interface ScoreOverrides {

    Map<Long, Double> of(Collection<Long> judgmentIds);
}
