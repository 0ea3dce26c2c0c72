package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.EvidenceVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Family 4 (rules/evidence.drl): highlights against the expert's cues. */
class EvidenceRulesTest {

    @ParameterizedTest(name = "{0}: highlights [{2}] -> {3}")
    @CsvFileSource(resources = "/scenarios/evidence.csv", delimiter = ';')
    void highlights_are_judged_against_the_cues(String segment, String marked, String evidence, String verdict,
            String feedback) {
        Assessment a = Scenario.judge(segment, marked, evidence, null, 2);
        assertThat(a.evidence()).isEqualTo(EvidenceVerdict.valueOf(verdict));
        assertThat(Scenario.feedback(a, "EVIDENCE_CITED", "EVIDENCE_OFF_TARGET", "EVIDENCE_MISSING"))
                .isEqualTo(Scenario.sorted(feedback));
    }
}
