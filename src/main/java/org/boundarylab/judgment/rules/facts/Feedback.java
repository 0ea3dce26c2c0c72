package org.boundarylab.judgment.rules.facts;

import java.util.Map;
import org.boundarylab.vignette.Characteristic;

/**
 * Output: one feedback item. {@code messageKey} picks the text in the message catalogue;
 * {@code rule} is the name of the rule that produced it and {@code because} the facts it used.
 */
public record Feedback(
        String code, Characteristic characteristic, String messageKey, String rule, Map<String, String> because) {

    public static Feedback of(
            String code, Characteristic characteristic, String messageKey, String rule, String... because) {
        if (because.length == 0) {
            return new Feedback(code, characteristic, messageKey, rule, Map.of());
        }
        java.util.LinkedHashMap<String, String> facts = java.util.LinkedHashMap.newLinkedHashMap(because.length / 2);
        for (int i = 0; i + 1 < because.length; i += 2) {
            if (because[i + 1] != null && !because[i + 1].isBlank()) {
                facts.put(because[i], because[i + 1]);
            }
        }
        return new Feedback(code, characteristic, messageKey, rule, java.util.Collections.unmodifiableMap(facts));
    }
}
