package org.boundarylab.judgment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.boundarylab.vignette.Characteristic;

/**
 * One piece of feedback: a stable code, the characteristic it concerns (null when it concerns the
 * whole judgment), the supervisor's message, the rule that produced it and the facts it used.
 */
public record FeedbackItem(
        String code, Characteristic characteristic, String message, String rule, Map<String, String> because) {

    public FeedbackItem {
        // in the order the rule gave them: "Why?" lists them so
        because = because.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy(because));
    }

    private static Map<String, String> copy(Map<String, String> because) {
        Map<String, String> copy = LinkedHashMap.newLinkedHashMap(because.size());
        copy.putAll(because);
        return copy;
    }
}
