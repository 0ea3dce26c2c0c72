package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.boundarylab.judgment.KnowledgeAssessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Family 6 (rules/knowledge.drl): the recall question, answered in free text. */
class KnowledgeRulesTest {

    @ParameterizedTest(name = "{1} -> [{2}], {4}")
    @CsvFileSource(resources = "/scenarios/knowledge.csv", delimiter = ';')
    void an_answer_is_read_for_the_characteristics_it_names(
            String expects, String answer, String named, String feedback, double score, double maxScore) {
        KnowledgeAssessment a = Scenario.answer(expects, answer);
        assertThat(a.named()).isEqualTo(Scenario.characteristics(named));
        assertThat(a.feedback().stream()
                        .map(f -> f.code()
                                + (f.characteristic() == null
                                        ? ""
                                        : ":" + f.characteristic().name()))
                        .sorted()
                        .collect(Collectors.joining("|")))
                .isEqualTo(Scenario.list(feedback).stream().sorted().collect(Collectors.joining("|")));
        assertThat(a.score()).isEqualTo(score);
        assertThat(a.maxScore()).isEqualTo(maxScore);
    }
}
