package org.boundarylab.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;

/**
 * The calibration report's figures recomputed by hand on {@link PanelFixture} (three raters, 20 items),
 * with the formulas of docs/reports.md. Fleiss: P_i = (yes² + no² - n) / (n(n-1)), P̄ = mean P_i,
 * P̄_e = p_yes² + p_no², kappa = (P̄ - P̄_e) / (1 - P̄_e). Cohen: p_o = agreed / N,
 * p_e = (yes_1 yes_2 + no_1 no_2) / N², kappa = (p_o - p_e) / (1 - p_e). With three raters an item all
 * read alike has P_i = (9 + 0 - 3) / 6 = 1, a two-to-one split P_i = (4 + 1 - 3) / 6 = 1/3.
 */
class CalibrationKappaTest {

    static final Offset<Double> EXACT = within(1e-12);
    static final List<CalibrationRound.Rater> RATERS = List.of(
            new CalibrationRound.Rater(1, "A", 20),
            new CalibrationRound.Rater(2, "B", 20),
            new CalibrationRound.Rater(3, "C", 20));

    static CalibrationReport fixtureReport() {
        return fixtureReport(java.util.Map.of());
    }

    static CalibrationReport fixtureReport(java.util.Map<Long, Set<Characteristic>> inForce) {
        CalibrationRound round = new CalibrationRound(
                9,
                "Fixture",
                "Case: Mary",
                42,
                false,
                1,
                "A",
                Instant.now(),
                Instant.now(),
                PanelFixture.ITEMS,
                RATERS);
        List<PanelAgreement.Item> items = new ArrayList<>();
        List<PanelAgreement.Rating> ratings = new ArrayList<>();
        for (int i = 1; i <= PanelFixture.ITEMS; i++) {
            items.add(new PanelAgreement.Item(i, 100 + i, i, "Mary", 1, "reasoning " + i, PanelFixture.ruleReading(i)));
            for (int r = 0; r < PanelFixture.RATERS; r++) {
                ratings.add(new PanelAgreement.Rating(i, r + 1, PanelFixture.reading(r, i), PanelFixture.fair(r, i)));
            }
        }
        return PanelAgreement.report(round, items, ratings, inForce);
    }

    static CalibrationReport.Row row(CalibrationReport report, Characteristic c) {
        return report.rows().stream()
                .filter(r -> r.characteristic() == c)
                .findFirst()
                .orElseThrow();
    }

    static List<Double> pairs(CalibrationReport.Row row) {
        return row.pairs().stream().map(CalibrationReport.PairKappa::kappa).toList();
    }

    static List<Double> againstRule(CalibrationReport.Row row) {
        return row.againstRuleBase().stream()
                .map(CalibrationReport.RaterKappa::kappa)
                .toList();
    }

    @Test
    void secrecy_kappas_recomputed_by_hand() {
        CalibrationReport.Row secrecy = row(fixtureReport(), Characteristic.SECRECY);
        // Fleiss. Items 1-6 all yes, 7-14 all no (14 items, P_i = 1); 15-20 split two to one (6 items, P_i = 1/3).
        // P̄ = (14 + 6/3) / 20 = 16/20 = 0.8. Yes: 6*3 + 3*2 + 3*1 = 27 of 60, p_yes = 0.45, p_no = 0.55.
        // P̄_e = 0.2025 + 0.3025 = 0.505. kappa = (0.8 - 0.505) / (1 - 0.505) = 0.295 / 0.495 = 59/99.
        assertThat(secrecy.fleiss()).isCloseTo(59.0 / 99, EXACT);
        // A-B: both yes 1-6, 15 (7); A only 16, 18 (2); B only 17, 19 (2); neither 9. p_o = 16/20 = 0.8.
        // Each said yes 9 times: p_e = (9*9 + 11*11) / 400 = 202/400 = 0.505. kappa = 0.295 / 0.495 = 59/99.
        // A-C (both 1-6, 16; A only 15, 18; C only 17, 20) and B-C (both 1-6, 17; B only 15, 19; C only 16, 20): the
        // same.
        assertThat(pairs(secrecy))
                .allSatisfy(k -> assertThat(k).isCloseTo(59.0 / 99, EXACT))
                .hasSize(3);
        assertThat(secrecy.pairs())
                .extracting(CalibrationReport.PairKappa::items)
                .containsOnly(20);
        // Against the rule base (yes on 1-7, 15, 16: 9 items).
        // A: both 1-6, 15, 16 (8); A only 18; rule only 7; neither 10. p_o = 18/20 = 0.9; p_e = (81 + 121)/400 = 0.505;
        //    kappa = 0.395 / 0.495 = 79/99.
        // B: both 1-6, 15 (7); B only 17, 19; rule only 7, 16; neither 9. p_o = 0.8, p_e = 0.505: 59/99.
        // C: both 1-6, 16 (7); C only 17, 20; rule only 7, 15; neither 9: 59/99.
        assertThat(againstRule(secrecy))
                .satisfiesExactly(
                        a -> assertThat(a).isCloseTo(79.0 / 99, EXACT),
                        b -> assertThat(b).isCloseTo(59.0 / 99, EXACT),
                        c -> assertThat(c).isCloseTo(59.0 / 99, EXACT));
    }

    @Test
    void role_reversal_kappas_recomputed_by_hand() {
        CalibrationReport.Row roleReversal = row(fixtureReport(), Characteristic.ROLE_REVERSAL);
        // Fleiss. A and B say yes on 1-4, 9, 10; C on 1-8. Items 1-4 all yes and 11-20 all no (14 items, P_i = 1);
        // 5-8 (C alone) and 9-10 (A and B) split (6 items, P_i = 1/3). P̄ = (14 + 2) / 20 = 0.8.
        // Yes: 12 + 4 + 4 = 20 of 60, p_yes = 1/3. P̄_e = 1/9 + 4/9 = 5/9.
        // kappa = (4/5 - 5/9) / (1 - 5/9) = (36/45 - 25/45) / (20/45) = 11/20.
        assertThat(roleReversal.fleiss()).isCloseTo(11.0 / 20, EXACT);
        // A-B read alike: p_o = 1, p_e = (6*6 + 14*14) / 400 = 0.58, kappa = 1.
        // A-C: both 1-4 (4); A only 9, 10 (2); C only 5-8 (4); neither 10. p_o = 14/20 = 0.7.
        //      p_e = (6*8 + 14*12) / 400 = 216/400 = 0.54. kappa = 0.16 / 0.46 = 8/23. B-C: the same.
        assertThat(pairs(roleReversal))
                .satisfiesExactly(
                        ab -> assertThat(ab).isCloseTo(1.0, EXACT),
                        ac -> assertThat(ac).isCloseTo(8.0 / 23, EXACT),
                        bc -> assertThat(bc).isCloseTo(8.0 / 23, EXACT));
        // Against the rule base (yes on 1-4). A: both 4, A only 2, neither 14; p_o = 0.9,
        //    p_e = (6*4 + 14*16) / 400 = 248/400 = 0.62, kappa = 0.28 / 0.38 = 14/19. B: the same.
        // C: both 4, C only 4, neither 12; p_o = 0.8, p_e = (8*4 + 12*16) / 400 = 224/400 = 0.56, kappa = 0.24 / 0.44 =
        // 6/11.
        assertThat(againstRule(roleReversal))
                .satisfiesExactly(
                        a -> assertThat(a).isCloseTo(14.0 / 19, EXACT),
                        b -> assertThat(b).isCloseTo(14.0 / 19, EXACT),
                        c -> assertThat(c).isCloseTo(6.0 / 11, EXACT));
    }

    @Test
    void double_bind_and_professional_privilege_kappas_recomputed_by_hand() {
        CalibrationReport report = fixtureReport();
        CalibrationReport.Row doubleBind = row(report, Characteristic.DOUBLE_BIND);
        // Every rater says yes on 1-5 and no elsewhere: P̄ = 1; p_yes = 15/60 = 0.25, P̄_e = 0.0625 + 0.5625 = 0.625;
        // kappa = (1 - 0.625) / (1 - 0.625) = 1; every pair reads alike: 1.
        assertThat(doubleBind.fleiss()).isCloseTo(1.0, EXACT);
        assertThat(pairs(doubleBind)).containsOnly(1.0);
        // Against the rule base (yes on 1-5, 11, 12): both 5, rule only 2, neither 13. p_o = 18/20 = 0.9;
        // p_e = (5*7 + 15*13) / 400 = 230/400 = 0.575; kappa = 0.325 / 0.425 = 13/17, for each rater.
        assertThat(againstRule(doubleBind))
                .allSatisfy(k -> assertThat(k).isCloseTo(13.0 / 17, EXACT))
                .hasSize(3);

        CalibrationReport.Row privilege = row(report, Characteristic.PROFESSIONAL_PRIVILEGE);
        // No one ever says yes: P̄_e = 0 + 1 = 1 and p_e = (0 + 400) / 400 = 1: no kappa is defined.
        assertThat(privilege.fleiss()).isNaN();
        assertThat(pairs(privilege)).allMatch(k -> k.isNaN());
        assertThat(againstRule(privilege)).allMatch(k -> k.isNaN());
    }

    @Test
    void fairness_kappas_recomputed_by_hand() {
        CalibrationReport report = fixtureReport();
        CalibrationReport.Row fair = row(report, null);
        assertThat(fair.question()).isEqualTo(PanelAgreement.FAIR_QUESTION);
        // Unfair: 11 and 12 by all, 15 by A. Items 11, 12 and the 17 others read alike (P_i = 1), 15 split (1/3):
        // P̄ = (19 + 1/3) / 20 = 29/30. Unfair 7 of 60, fair 53: P̄_e = (49 + 2809) / 3600 = 2858/3600.
        // kappa = (3480/3600 - 2858/3600) / (742/3600) = 622/742 = 311/371.
        assertThat(fair.fleiss()).isCloseTo(311.0 / 371, EXACT);
        // A-B: both fair 17, A unfair alone on 15, both unfair 11, 12. p_o = 19/20; p_e = (17*18 + 3*2) / 400 = 312/400
        // = 0.78; kappa = 0.17 / 0.22 = 17/22. A-C: the same. B-C read alike: 1.
        assertThat(pairs(fair))
                .satisfiesExactly(
                        ab -> assertThat(ab).isCloseTo(17.0 / 22, EXACT),
                        ac -> assertThat(ac).isCloseTo(17.0 / 22, EXACT),
                        bc -> assertThat(bc).isCloseTo(1.0, EXACT));
        assertThat(fair.againstRuleBase())
                .as("the rule base says nothing about fairness")
                .isEmpty();
        assertThat(report.fairShare()).isCloseTo(53.0 / 60, EXACT);
    }

    @Test
    void the_items_to_discuss_and_the_panels_readings_against_the_rule_base() {
        CalibrationReport report = fixtureReport();
        // Item 15: secrecy and fairness split: (1 - 1/3) + (1 - 1/3) = 4/3. Items 5-10 (role reversal) and 16-20
        // (secrecy) one split each: 2/3. Most first, then in reading order; five listed.
        assertThat(report.disagreements())
                .extracting(CalibrationReport.Disagreement::position)
                .containsExactly(15, 5, 6, 7, 8);
        assertThat(report.disagreements().getFirst().disagreement()).isCloseTo(4.0 / 3, EXACT);
        assertThat(report.disagreements().getFirst().readings())
                .extracting(CalibrationReport.RaterReading::rater)
                .containsExactly("A", "B", "C");
        // Only 11 and 12 are read alike by all three (nothing) and otherwise than the rule base (double bind).
        assertThat(report.panelReadings())
                .extracting(CalibrationReport.PanelReading::position)
                .containsExactly(11, 12);
        assertThat(report.panelReadings()).allSatisfy(p -> {
            assertThat(p.panelReading()).isEmpty();
            assertThat(p.ruleReading()).containsExactly(Characteristic.DOUBLE_BIND);
            assertThat(p.raters()).isEqualTo(3);
        });
        assertThat(report.fleissItems()).isEqualTo(20);
        assertThat(report.raters()).containsExactly("A", "B", "C");
    }

    @Test
    void a_panel_reading_already_in_force_is_not_offered_again() {
        // item 11 (judgment 111) already carries the panel's reading; item 12's judgment was corrected otherwise
        CalibrationReport report =
                fixtureReport(java.util.Map.of(111L, Set.of(), 112L, Set.of(Characteristic.SECRECY)));
        assertThat(report.panelReadings())
                .extracting(CalibrationReport.PanelReading::inForce)
                .containsExactly(true, false);
        assertThat(report.acceptable())
                .extracting(CalibrationReport.PanelReading::position)
                .containsExactly(12);
    }

    @Test
    void a_rater_who_read_nothing_takes_no_part_and_fleiss_counts_only_items_everyone_read() {
        CalibrationRound round = new CalibrationRound(
                9,
                "Partial",
                "Case: Mary",
                42,
                false,
                1,
                "A",
                Instant.now(),
                Instant.now(),
                3,
                List.of(
                        new CalibrationRound.Rater(1, "A", 3),
                        new CalibrationRound.Rater(2, "B", 2),
                        new CalibrationRound.Rater(3, "C", 0)));
        List<PanelAgreement.Item> items = List.of(
                new PanelAgreement.Item(1, 101, 1, "Mary", 1, "one", Set.of(Characteristic.SECRECY)),
                new PanelAgreement.Item(2, 102, 2, "Mary", 2, "two", Set.of()),
                new PanelAgreement.Item(3, 103, 3, "Mary", 3, "three", Set.of()));
        List<PanelAgreement.Rating> ratings = List.of(
                new PanelAgreement.Rating(1, 1, Set.of(Characteristic.SECRECY), true),
                new PanelAgreement.Rating(1, 2, Set.of(Characteristic.SECRECY), null),
                new PanelAgreement.Rating(2, 1, Set.of(), true),
                new PanelAgreement.Rating(2, 2, Set.of(), true),
                new PanelAgreement.Rating(3, 1, Set.of(Characteristic.SECRECY), false));

        CalibrationReport report = PanelAgreement.report(round, items, ratings, java.util.Map.of());

        assertThat(report.raters()).containsExactly("A", "B");
        assertThat(report.fleissItems()).isEqualTo(2);
        CalibrationReport.Row secrecy = row(report, Characteristic.SECRECY);
        // items 1 and 2, both read alike: P̄ = 1, p_yes = 1/2, P̄_e = 1/2: kappa 1
        assertThat(secrecy.fleiss()).isCloseTo(1.0, EXACT);
        assertThat(secrecy.againstRuleBase())
                .extracting(CalibrationReport.RaterKappa::items)
                .containsExactly(3, 2);
        // fairness: only item 2 has both answers, both fair: chance agreement 1, not defined
        assertThat(row(report, null).fleiss()).isNaN();
        assertThat(report.fairShare()).isCloseTo(3.0 / 4, EXACT);
    }
}
