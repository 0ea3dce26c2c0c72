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
    void each_characteristic_gets_its_signal_detection_outcome(
            String segment, String marked, String outcomes, String feedback, String phrase) {
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
        assertThat(Scenario.feedback(a, "HIT", "MISS", "FALSE_ALARM", "CORRECT_NONE"))
                .isEqualTo(Scenario.sorted(feedback));
        var family = a.feedback().stream()
                .filter(f -> java.util.Set.of("HIT", "MISS", "FALSE_ALARM", "CORRECT_NONE")
                        .contains(f.code()))
                .toList();
        if (phrase != null) {
            assertThat(family.getFirst().message()).contains(phrase);
        }
        // "Why?" names the facts of every item, right answers included: what was marked, and the cue or the key
        assertThat(family).allSatisfy(f -> {
            assertThat(f.because()).containsKey("you marked");
            assertThat(f.because())
                    .matches(
                            facts -> facts.containsKey("expert cue") || facts.containsKey("the key"),
                            "names the expert cue or the key");
        });
    }
}
