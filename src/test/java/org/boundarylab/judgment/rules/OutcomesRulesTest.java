package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Family 1 (rules/outcomes.drl): signal-detection outcomes and their feedback. */
class OutcomesRulesTest {

    @ParameterizedTest(name = "{0}: marked [{1}] -> {2}")
    @CsvFileSource(resources = "/scenarios/outcomes.csv", delimiter = ';')
    void each_characteristic_gets_its_signal_detection_outcome(String segment, String marked, String outcomes,
            String feedback) {
        Assessment a = Scenario.judge(segment, marked, null, null, null);
        Map<Characteristic, OutcomeKind> expected = new EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            expected.put(c, OutcomeKind.CORRECT_REJECTION);
        }
        for (String pair : Scenario.list(outcomes)) {
            String[] kv = pair.split("=");
            expected.put(Characteristic.valueOf(kv[0]), OutcomeKind.valueOf(kv[1]));
        }
        assertThat(a.outcomes()).isEqualTo(expected);
        assertThat(Scenario.feedback(a, "HIT", "MISS", "FALSE_ALARM", "CORRECT_NONE")).isEqualTo(Scenario.sorted(feedback));
    }
}
