package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.boundarylab.judgment.Assessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Family 5 (rules/scoring.drl): partial credit and certainty-based marking, and the bounds it records. */
class ScoringRulesTest {

    @ParameterizedTest(name = "{0}: marked [{1}] at certainty {2} -> {3}, between {4} and {5}")
    @CsvFileSource(resources = "/scenarios/scoring.csv", delimiter = ';')
    void a_segment_scores_by_partial_credit_and_certainty(
            String segment,
            String marked,
            Integer confidence,
            double score,
            double minScore,
            double maxScore,
            boolean overconfident) {
        Assessment a = Scenario.judge(segment, marked, null, null, confidence);
        assertThat(a.score()).isCloseTo(score, within(1e-9));
        assertThat(a.minScore())
                .as("the lowest score possible at this certainty")
                .isEqualTo(minScore);
        assertThat(a.maxScore()).isEqualTo(maxScore);
        assertThat(a.feedback())
                .as("OVERCONFIDENT_ERROR given")
                .matches(
                        items -> items.stream().anyMatch(f -> f.code().equals("OVERCONFIDENT_ERROR")) == overconfident);
    }
}
