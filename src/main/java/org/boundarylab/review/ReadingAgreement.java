package org.boundarylab.review;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.boundarylab.vignette.Characteristic;

/**
 * How often supervisors agreed with the rule base's reading, over the judgments they reviewed (each
 * judgment once, by the reading in force): per characteristic, the share where the supervisor's tick
 * and the rule base's reading say the same (both describe it, or neither does), with the two ways of
 * disagreeing counted apart; and the share where the whole reading was the same. See docs/reports.md.
 */
public record ReadingAgreement(int judgments, int wholeReadingAgreed, Map<Characteristic, Counts> characteristics) {

    /** One characteristic over the reviewed judgments. */
    public record Counts(int judgments, int agreed, int readOnlyByRuleBase, int readOnlyBySupervisor) {

        /** Agreed / judgments; not defined (NaN) when nothing was reviewed. */
        public double share() {
            return judgments == 0 ? Double.NaN : (double) agreed / judgments;
        }
    }

    public ReadingAgreement {
        characteristics = Collections.unmodifiableMap(new EnumMap<>(characteristics));
    }

    /** Not defined (NaN) when nothing was reviewed. */
    public double wholeReadingShare() {
        return judgments == 0 ? Double.NaN : (double) wholeReadingAgreed / judgments;
    }

    public static ReadingAgreement of(Collection<ReadingCorrection> reviewed) {
        Map<Characteristic, Counts> per = new EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            int agreed = 0;
            int ruleOnly = 0;
            int supervisorOnly = 0;
            for (ReadingCorrection r : reviewed) {
                boolean rule = r.ruleReading().contains(c);
                boolean supervisor = r.reading().contains(c);
                if (rule == supervisor) {
                    agreed++;
                } else if (rule) {
                    ruleOnly++;
                } else {
                    supervisorOnly++;
                }
            }
            per.put(c, new Counts(reviewed.size(), agreed, ruleOnly, supervisorOnly));
        }
        int whole = (int) reviewed.stream().filter(ReadingCorrection::confirms).count();
        return new ReadingAgreement(reviewed.size(), whole, per);
    }
}
