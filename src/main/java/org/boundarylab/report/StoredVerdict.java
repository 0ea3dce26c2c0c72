package org.boundarylab.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.vignette.Characteristic;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reports read from a judgment's stored assessment (its JSON column): the outcome per
 * characteristic and the lowest possible score, as the rule base recorded them. Read token by token
 * and left as soon as both are found: an assessment writes them before its feedback, the bulk of it,
 * so a cohort of 50,000 judgments does not parse every message.
 *
 * @param outcomes the outcomes stored, possibly fewer than four (see {@link #outcomesOr})
 * @param minScore the lowest score stored, NaN if none was (see {@link #minScoreOr})
 */
record StoredVerdict(Map<Characteristic, OutcomeKind> outcomes, double minScore) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static StoredVerdict read(String assessmentJson) {
        Map<Characteristic, OutcomeKind> outcomes = new EnumMap<>(Characteristic.class);
        double minScore = Double.NaN;
        boolean outcomesRead = false;
        try (JsonParser p = JSON.createParser(assessmentJson)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new StoredVerdict(Map.of(), Double.NaN);
            }
            String name;
            while ((!outcomesRead || Double.isNaN(minScore)) && (name = p.nextName()) != null) {
                JsonToken value = p.nextToken();
                if (name.equals("outcomes") && value == JsonToken.START_OBJECT) {
                    String characteristic;
                    while ((characteristic = p.nextName()) != null) {
                        p.nextToken();
                        put(outcomes, characteristic, p.getString());
                    }
                    outcomesRead = true;
                } else if (name.equals("minScore") && value.isNumeric()) {
                    minScore = p.getDoubleValue();
                } else {
                    p.skipChildren();
                }
            }
        }
        return new StoredVerdict(Collections.unmodifiableMap(outcomes), minScore);
    }

    /** A name this version does not know is left out, as if not stored. */
    private static void put(Map<Characteristic, OutcomeKind> outcomes, String characteristic, String outcome) {
        try {
            outcomes.put(Characteristic.valueOf(characteristic), OutcomeKind.valueOf(outcome));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // not one of ours: the fallback below decides it
        }
    }

    /**
     * The stored outcomes; any the assessment lacks are worked out from the key and the marks. Every
     * assessment this app has stored carries its four outcomes, so this covers only rows written
     * otherwise (restored from elsewhere, or by hand as the report benchmark does). For those,
     * signal detection's definitions are the one reading there is: outcomes.drl records exactly
     * them, and nothing else is left to ask once the rule base that scored the row is gone.
     */
    Map<Characteristic, OutcomeKind> outcomesOr(Set<Characteristic> key, Set<Characteristic> marked) {
        if (outcomes.size() == Characteristic.values().length) {
            return outcomes;
        }
        Map<Characteristic, OutcomeKind> all = new EnumMap<>(Characteristic.class);
        all.putAll(outcomes);
        for (Characteristic c : Characteristic.values()) {
            all.putIfAbsent(c, signalDetection(key.contains(c), marked.contains(c)));
        }
        return all;
    }

    /** The stored lowest score; for an assessment stored before the rules recorded one, {@link Assessment#legacyMinScore}. */
    double minScoreOr(double maxScore) {
        return Double.isNaN(minScore) ? Assessment.legacyMinScore(maxScore) : minScore;
    }

    /** HIT, MISS, FALSE_ALARM or CORRECT_REJECTION by definition: for rows without stored outcomes only. */
    static OutcomeKind signalDetection(boolean present, boolean marked) {
        return present
                ? (marked ? OutcomeKind.HIT : OutcomeKind.MISS)
                : (marked ? OutcomeKind.FALSE_ALARM : OutcomeKind.CORRECT_REJECTION);
    }
}
