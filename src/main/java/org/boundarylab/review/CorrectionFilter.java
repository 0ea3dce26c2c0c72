package org.boundarylab.review;

import org.boundarylab.vignette.Characteristic;

/**
 * Which reading corrections to list or export; a null part means any. A correction is about a
 * characteristic when the rule base or the supervisor says the reasoning describes it.
 */
public record CorrectionFilter(Characteristic characteristic, String vignetteId, String ruleBaseVersion) {

    public static final CorrectionFilter ANY = new CorrectionFilter(null, null, null);

    public boolean admits(ReadingCorrection c) {
        return (characteristic == null || c.involves(characteristic))
                && (vignetteId == null || vignetteId.equals(c.vignetteId()))
                && (ruleBaseVersion == null || ruleBaseVersion.equals(c.ruleBaseVersion()));
    }

    /** The same filter for every characteristic: agreement is counted over all four at once. */
    public CorrectionFilter anyCharacteristic() {
        return new CorrectionFilter(null, vignetteId, ruleBaseVersion);
    }
}
