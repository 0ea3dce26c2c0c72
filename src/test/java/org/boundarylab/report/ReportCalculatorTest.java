package org.boundarylab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;

/**
 * The statistics against figures worked out by hand (docs/reports.md shows the working): three
 * trainees, one vignette of two segments, s1 keyed SECRECY and s2 keyed none.
 */
class ReportCalculatorTest {

    static final Set<Characteristic> SECRECY = Set.of(Characteristic.SECRECY);

    static ScoredJudgment j(
            String trainee,
            String segment,
            Set<Characteristic> key,
            Set<Characteristic> marked,
            double score,
            int confidence) {
        // the outcomes the rule base records for these marks (signal detection's definitions)
        return new ScoredJudgment(
                trainee + "-1",
                trainee,
                "v",
                1,
                segment,
                marked,
                key,
                StoredVerdict.read("{}").outcomesOr(key, marked),
                List.of(),
                "",
                confidence,
                score,
                score,
                confidence == 1 ? 0 : -2 * confidence,
                3,
                "rb-test",
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                0);
    }

    static final List<ScoredJudgment> FIXTURE = List.of(
            j("A", "s1", SECRECY, SECRECY, 2, 2),
            j("A", "s2", Set.of(), Set.of(), 2, 2),
            j("B", "s1", SECRECY, Set.of(), -2, 2),
            j("B", "s2", Set.of(), Set.of(), 2, 2),
            j("C", "s1", SECRECY, Set.of(Characteristic.SECRECY, Characteristic.ROLE_REVERSAL), 1, 1),
            j("C", "s2", Set.of(), SECRECY, -2, 2));

    @Test
    void sensitivity_specificity_and_kappa_per_characteristic() {
        CohortReport r = ReportCalculator.cohort(FIXTURE);
        SignalCounts secrecy = r.characteristics().get(Characteristic.SECRECY);
        assertThat(secrecy).isEqualTo(new SignalCounts(2, 1, 1, 2));
        assertThat(secrecy.sensitivity()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(secrecy.specificity()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(secrecy.kappa()).isCloseTo(1.0 / 3, within(1e-9));
        SignalCounts roleReversal = r.characteristics().get(Characteristic.ROLE_REVERSAL);
        assertThat(roleReversal.sensitivity()).as("never present: not defined").isNaN();
        assertThat(roleReversal.specificity()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(roleReversal.kappa()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void facility_discrimination_and_flags_per_item() {
        CohortReport r = ReportCalculator.cohort(FIXTURE);
        assertThat(r.items()).extracting(ItemStats::segmentId).containsExactly("s1", "s2");
        ItemStats s1 = r.items().get(0);
        assertThat(s1.n()).isEqualTo(3);
        assertThat(s1.facility()).isCloseTo(1.0 / 9, within(1e-9));
        assertThat(s1.discrimination()).isCloseTo(-24 / Math.sqrt(78 * 96), within(1e-9));
        assertThat(s1.flags())
                .as("three attempts are too few to call an item non-discriminating")
                .containsExactly("too hard");
        assertThat(r.items().get(1).facility()).isCloseTo(2.0 / 9, within(1e-9));
    }

    @Test
    void cronbachs_alpha_confusion_matrix_and_score_distribution() {
        CohortReport r = ReportCalculator.cohort(FIXTURE);
        assertThat(r.alpha().get("v")).isCloseTo(2 * (1 - 87.0 / 63), within(1e-9));
        int[][] m = r.confusion();
        assertThat(m[3][3]).isEqualTo(2);
        assertThat(m[3][0])
                .as("C hit secrecy: its extra role reversal is no confusion with it")
                .isZero();
        assertThat(m[4][0])
                .as("C's role reversal, falsely marked with nothing missed")
                .isEqualTo(1);
        assertThat(m[3][4]).isEqualTo(1);
        assertThat(m[4][4]).isEqualTo(2);
        assertThat(m[4][3]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(m)
                        .flatMapToInt(java.util.Arrays::stream)
                        .sum())
                .isEqualTo(7);
        assertThat(r.scoreDistribution()).containsExactly(2, 0, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void a_segment_keyed_with_both_never_counts_one_taken_for_the_other() {
        Set<Characteristic> both = Set.of(Characteristic.PROFESSIONAL_PRIVILEGE, Characteristic.SECRECY);
        int[][] m = ReportCalculator.cohort(List.of(j("D", "s1", both, SECRECY, 1, 2)))
                .confusion();
        int privilege = Characteristic.PROFESSIONAL_PRIVILEGE.ordinal();
        int secrecy = Characteristic.SECRECY.ordinal();
        assertThat(m[privilege][secrecy]).isZero();
        assertThat(m[secrecy][secrecy]).isEqualTo(1);
        assertThat(m[privilege][4]).isEqualTo(1);
        int[][] swapped = ReportCalculator.cohort(
                        List.of(j("E", "s1", Set.of(Characteristic.PROFESSIONAL_PRIVILEGE), SECRECY, 1, 2)))
                .confusion();
        assertThat(swapped[privilege][secrecy])
                .as("missed privilege, falsely marked secrecy, same segment")
                .isEqualTo(1);
    }

    @Test
    void per_trainee_scores_and_pooled_kappa() {
        CohortReport r = ReportCalculator.cohort(FIXTURE);
        assertThat(r.trainees()).extracting(CohortReport.TraineeRow::trainee).containsExactly("A", "B", "C");
        CohortReport.TraineeRow a = r.trainees().get(0);
        assertThat(a.score()).isEqualTo(4.0);
        assertThat(a.maxScore()).isEqualTo(6.0);
        assertThat(a.kappa()).isCloseTo(1.0, within(1e-9));
        assertThat(r.trainees().get(1).kappa()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void a_trainee_report_has_calibration_by_certainty() {
        List<ScoredJudgment> c =
                FIXTURE.stream().filter(x -> x.trainee().equals("C")).toList();
        TraineeReport r = ReportCalculator.trainee("C", c, x -> List.of("msg"), Map.of());
        assertThat(r.calibration()).extracting(TraineeReport.CalibrationRow::n).containsExactly(1, 1, 0);
        assertThat(r.calibration())
                .extracting(TraineeReport.CalibrationRow::right)
                .containsExactly(0, 0, 0);
        assertThat(r.calibration().get(2).accuracy()).isNaN();
        assertThat(r.score()).isEqualTo(-1.0);
        assertThat(r.attempts()).hasSize(1);
        assertThat(r.feedback()).hasSize(2).allMatch(f -> f.messages().equals(List.of("msg")));
    }
}
