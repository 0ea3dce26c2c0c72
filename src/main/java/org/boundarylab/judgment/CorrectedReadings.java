package org.boundarylab.judgment;

import java.util.Collection;
import java.util.Map;

/**
 * Where the screens that show feedback find supervisors' corrections of the rule base's reading
 * (kept by the review module, which depends on the features whose screens ask: hence this interface
 * here, below both).
 */
public interface CorrectedReadings {

    /**
     * The latest reviewed reading of each of these stored judgments where it differs from the rule
     * base's, by judgment id; judgments never corrected (or whose reading was confirmed) are absent.
     */
    Map<Long, CorrectedReading> of(Collection<Long> judgmentIds);
}
