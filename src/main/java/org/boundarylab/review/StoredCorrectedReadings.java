package org.boundarylab.review;

import java.util.Collection;
import java.util.Map;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.CorrectedReadings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrections that screens showing feedback ask for. No access check of its own: it is asked by
 * services and views that have already checked who may see the judgments (a trainee their own).
 */
@Component
class StoredCorrectedReadings implements CorrectedReadings {

    private final CorrectionStore store;

    StoredCorrectedReadings(CorrectionStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CorrectedReading> of(Collection<Long> judgmentIds) {
        return judgmentIds.isEmpty() ? Map.of() : store.corrected(judgmentIds);
    }
}
