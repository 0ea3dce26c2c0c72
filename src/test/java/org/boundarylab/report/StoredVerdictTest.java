package org.boundarylab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.EvidenceVerdict;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reports read the outcomes and the lowest score the rule base stored, and fall back only where none was stored. */
class StoredVerdictTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Set<Characteristic> SECRECY = Set.of(Characteristic.SECRECY);

    /** Outcomes no recomputation from key and marks would give: the rules are the ones who decide. */
    static Map<Characteristic, OutcomeKind> decidedByTheRules() {
        Map<Characteristic, OutcomeKind> outcomes = new EnumMap<>(Characteristic.class);
        outcomes.put(Characteristic.ROLE_REVERSAL, OutcomeKind.CORRECT_REJECTION);
        outcomes.put(Characteristic.PROFESSIONAL_PRIVILEGE, OutcomeKind.CORRECT_REJECTION);
        outcomes.put(Characteristic.DOUBLE_BIND, OutcomeKind.FALSE_ALARM);
        outcomes.put(Characteristic.SECRECY, OutcomeKind.MISS);
        return outcomes;
    }

    @Test
    void a_stored_assessment_gives_its_own_outcomes_and_lowest_score() {
        String json = JSON.writeValueAsString(new Assessment(
                "s1",
                decidedByTheRules(),
                Set.of(),
                EvidenceVerdict.MISSING,
                -1,
                -2,
                3,
                List.of(new FeedbackItem(
                        "MISS", Characteristic.SECRECY, "Missed: secrecy.", "a rule", Map.of("expert cue", "{x}"))),
                "rb-test"));
        StoredVerdict verdict = StoredVerdict.read(json);
        // marked SECRECY on a segment keyed SECRECY: a recomputation would say HIT and three correct rejections
        assertThat(verdict.outcomesOr(SECRECY, SECRECY)).isEqualTo(decidedByTheRules());
        assertThat(verdict.minScoreOr(3)).isEqualTo(-2.0);
    }

    @Test
    void an_assessment_stored_without_outcomes_or_a_lowest_score_falls_back() {
        StoredVerdict old = StoredVerdict.read("{\"segmentId\":\"s1\",\"score\":1.0,\"maxScore\":3.0,\"feedback\":[]}");
        assertThat(old.outcomesOr(SECRECY, Set.of(Characteristic.SECRECY, Characteristic.DOUBLE_BIND)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Characteristic.ROLE_REVERSAL, OutcomeKind.CORRECT_REJECTION,
                        Characteristic.PROFESSIONAL_PRIVILEGE, OutcomeKind.CORRECT_REJECTION,
                        Characteristic.DOUBLE_BIND, OutcomeKind.FALSE_ALARM,
                        Characteristic.SECRECY, OutcomeKind.HIT));
        assertThat(old.minScoreOr(3))
                .as("the bound overrides were held to when it was stored")
                .isEqualTo(-6.0);
        assertThat(StoredVerdict.read("{}").minScoreOr(1)).isEqualTo(-2.0);
    }

    @Test
    void stored_outcomes_are_kept_and_only_the_missing_or_unknown_ones_worked_out() {
        StoredVerdict partial = StoredVerdict.read("{\"outcomes\":{\"SECRECY\":\"MISS\",\"BOUNDARY_BLUR\":\"HIT\","
                + "\"DOUBLE_BIND\":\"MAYBE\"},\"minScore\":0.0}");
        Map<Characteristic, OutcomeKind> outcomes = partial.outcomesOr(SECRECY, SECRECY);
        assertThat(outcomes)
                .hasSize(4)
                .containsEntry(Characteristic.SECRECY, OutcomeKind.MISS)
                .containsEntry(Characteristic.DOUBLE_BIND, OutcomeKind.CORRECT_REJECTION);
        assertThat(partial.minScoreOr(3)).isEqualTo(0.0);
    }

    @Test
    void an_assessment_read_back_whole_has_its_bounds_or_the_legacy_one() {
        Assessment a = new Assessment(
                "s1", decidedByTheRules(), SECRECY, EvidenceVerdict.CITED, 0.5, 0, 3, List.of(), "rb-test");
        assertThat(JSON.readValue(JSON.writeValueAsString(a), Assessment.class)).isEqualTo(a);
        Assessment old = JSON.readValue(
                "{\"segmentId\":\"s1\",\"outcomes\":{\"SECRECY\":\"HIT\"},\"rationaleDescribes\":[],"
                        + "\"evidence\":\"CITED\",\"score\":0.5,\"maxScore\":1.0,\"feedback\":[],\"ruleBaseVersion\":\"rb-old\"}",
                Assessment.class);
        assertThat(old.minScore()).isEqualTo(-2.0);
        assertThat(old.maxScore()).isEqualTo(1.0);
    }
}
