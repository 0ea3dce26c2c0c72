package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.boundarylab.judgment.Assessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Family 3 (rules/rationale.drl): what the free text describes, with stemming and negation, and reasoning not given. */
class RationaleRulesTest {

    @ParameterizedTest(name = "{0}: \"{2}\" -> [{3}]")
    @CsvFileSource(resources = "/scenarios/rationale.csv", delimiter = ';')
    void the_rationale_is_read_for_what_it_describes(
            String segment, String marked, String rationale, String describes, String feedback) {
        Assessment a = Scenario.judge(segment, marked, null, rationale, 2);
        assertThat(a.rationaleDescribes()).isEqualTo(Scenario.characteristics(describes));
        assertThat(Scenario.feedback(a, "RATIONALE_MISSING", "RATIONALE_CONTRADICTS", "RATIONALE_UNMARKED"))
                .isEqualTo(Scenario.sorted(feedback));
    }
}
