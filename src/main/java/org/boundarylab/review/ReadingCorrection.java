package org.boundarylab.review;

import java.time.Instant;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * A supervisor's reading of one judgment's reasoning, beside the rule base's: a correction, or a
 * confirmation when the two are the same. {@code ruleBaseVersion} is the version whose reading it is
 * about (the judgment's); {@code calibrationRoundId} is set when a calibration panel's reading was
 * accepted. The trainee is kept for access only: no screen shows who wrote the reasoning.
 */
public record ReadingCorrection(
        long id,
        long judgmentId,
        long traineeId,
        String vignetteId,
        String caseTitle,
        int segmentNumber,
        String rationale,
        Set<Characteristic> ruleReading,
        Set<Characteristic> reading,
        String comment,
        String correctedBy,
        Instant correctedAt,
        String ruleBaseVersion,
        Long calibrationRoundId) {

    public ReadingCorrection {
        ruleReading = Set.copyOf(ruleReading);
        reading = Set.copyOf(reading);
    }

    /** The supervisor read what the rule base read. */
    public boolean confirms() {
        return reading.equals(ruleReading);
    }

    /** The rule base or the supervisor says the reasoning describes this characteristic. */
    public boolean involves(Characteristic characteristic) {
        return reading.contains(characteristic) || ruleReading.contains(characteristic);
    }
}
