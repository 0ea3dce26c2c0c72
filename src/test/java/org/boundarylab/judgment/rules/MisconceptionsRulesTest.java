package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.boundarylab.judgment.Assessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Family 2 (rules/misconceptions.drl): confusions between characteristics, and over-calling. */
class MisconceptionsRulesTest {

    @ParameterizedTest(name = "{0}: marked [{1}] -> {2}")
    @CsvFileSource(resources = "/scenarios/misconceptions.csv", delimiter = ';')
    void a_misconception_gets_its_own_teaching_message(String segment, String marked, String feedback, String phrase) {
        Assessment a = Scenario.judge(segment, marked, null, null, 2);
        assertThat(Scenario.feedback(a, "CONFUSED", "OVERCALLED_NORMAL_IMBALANCE"))
                .isEqualTo(Scenario.sorted(feedback));
        if (phrase != null) {
            assertThat(a.feedback().stream()
                            .filter(f -> f.code().equals("CONFUSED") || f.code().startsWith("OVERCALLED"))
                            .findFirst()
                            .orElseThrow()
                            .message())
                    .contains(phrase);
        }
        // a confusion replaces the plain miss and false alarm it explains, and "Why?" names what was
        // marked instead before the cue that was missed, in the rule's order
        if (feedback != null && feedback.startsWith("CONFUSED")) {
            assertThat(Scenario.feedback(a, "MISS", "FALSE_ALARM")).isEmpty();
            assertThat(a.feedback().stream()
                            .filter(f -> f.code().equals("CONFUSED"))
                            .findFirst()
                            .orElseThrow()
                            .because()
                            .keySet())
                    .containsExactly("marked instead", "expert cue");
        }
    }
}
