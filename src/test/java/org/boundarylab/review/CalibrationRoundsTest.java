package org.boundarylab.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.training.AttemptService;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A calibration round with three supervisors over 20 real judgments of a live session, read blind:
 * the report's kappas are those recomputed by hand on {@link PanelFixture} in {@link CalibrationKappaTest};
 * who may read, start, close and accept; names hidden; the readings hidden until the round closes.
 */
@BoundaryLabTest
class CalibrationRoundsTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Offset<Double> EXACT = within(1e-12);

    @Autowired
    CalibrationRounds rounds;

    @Autowired
    BlindReading reading;

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionParticipation participation;

    @Autowired
    AttemptService attempts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    String n;
    /** Raters A, B and C of the fixture (their names sort so); A starts the rounds. */
    List<UserSummary> raters;

    LiveSession session;
    /** The judgment of each fixture item (1-based), and the trainees who made them. */
    final Map<Integer, Long> judgmentOfItem = new HashMap<>();

    final List<UserSummary> trainees = new ArrayList<>();

    static void as(UserSummary user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        user.username(),
                        null,
                        AuthorityUtils.createAuthorityList("ROLE_" + user.role().name())));
    }

    /** Reasoning the rule base reads as the fixture's rule base reads each item (checked below). */
    static String reasoningFor(Set<Characteristic> read) {
        List<String> sentences = new ArrayList<>();
        if (read.contains(Characteristic.ROLE_REVERSAL)) {
            sentences.add("She has become his caretaker and listens to his troubles.");
        }
        if (read.contains(Characteristic.SECRECY)) {
            sentences.add("He hides the relationship by seeing her after everyone has left.");
        }
        if (read.contains(Characteristic.DOUBLE_BIND)) {
            sentences.add("She could not refuse without betraying the therapy.");
        }
        return sentences.isEmpty()
                ? "She idealises him, which is normal, and he keeps the frame."
                : String.join(" ", sentences);
    }

    @BeforeEach
    void fourTraineesJudgeFiveSegmentsEachInAsSession() {
        n = "-cal" + RUN.incrementAndGet();
        raters = List.of(
                users.ensure("anna" + n, Role.SUPERVISOR),
                users.ensure("bela" + n, Role.SUPERVISOR),
                users.ensure("cleo" + n, Role.SUPERVISOR));
        as(raters.getFirst());
        session = sessions.create(
                "Calibration source " + n, List.of("mary-after-hours"), FeedbackMode.IMMEDIATE, true, Set.of());
        for (int t = 0; t < 4; t++) {
            UserSummary trainee = users.ensure("tr" + t + n, Role.TRAINEE);
            trainees.add(trainee);
            as(trainee);
            participation.join(session.joinCode());
            long attempt =
                    participation.where(session.id()).attempt().orElseThrow().attemptId();
            for (int s = 1; s <= 5; s++) {
                int item = t * 5 + s;
                participation.submit(
                        session.id(),
                        attempt,
                        new Judgment("s" + s, Set.of(), List.of(), reasoningFor(PanelFixture.ruleReading(item)), 2));
                judgmentOfItem.put(
                        item,
                        jdbc.sql("select id from judgment where attempt_id = ? and segment_id = ?")
                                .params(attempt, "s" + s)
                                .query(Long.class)
                                .single());
            }
        }
        as(raters.getFirst());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Set<Long> raterIds() {
        return Set.of(raters.get(0).id(), raters.get(1).id(), raters.get(2).id());
    }

    private CalibrationRound startOverTheSession() {
        return rounds.start("Panel " + n, new CalibrationRounds.Source.Session(session.id()), 20, 11L, raterIds());
    }

    /** The fixture item (1-based) of a round's item. */
    private int fixtureItem(long itemId) {
        long judgment = jdbc.sql("select judgment_id from calibration_item where id = ?")
                .param(itemId)
                .query(Long.class)
                .single();
        return judgmentOfItem.entrySet().stream()
                .filter(e -> e.getValue() == judgment)
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    private int fixtureItemAt(long roundId, int position) {
        return fixtureItem(jdbc.sql("select id from calibration_item where round_id = ? and position = ?")
                .params(roundId, position)
                .query(Long.class)
                .single());
    }

    /** Every rater reads every item as the fixture says, blind, then judges the feedback. */
    private void everyoneReads(CalibrationRound round) {
        for (int r = 0; r < 3; r++) {
            as(raters.get(r));
            for (var next = reading.next(round.id()); next.isPresent(); next = reading.next(round.id())) {
                int item = fixtureItem(next.get().itemId());
                reading.read(round.id(), next.get().itemId(), PanelFixture.reading(r, item));
                reading.judgeFeedback(round.id(), next.get().itemId(), PanelFixture.fair(r, item));
            }
        }
        as(raters.getFirst());
    }

    private static CalibrationReport.Row row(CalibrationReport report, Characteristic c) {
        return report.rows().stream()
                .filter(r -> r.characteristic() == c)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void three_supervisors_over_twenty_judgments_give_the_kappas_recomputed_by_hand() {
        for (int item = 1; item <= 20; item++) {
            assertThat(jdbc.sql("select assessment from judgment where id = ?")
                            .param(judgmentOfItem.get(item))
                            .query(String.class)
                            .single())
                    .as("the rule base reads item %d as the fixture says", item)
                    .contains("\"rationaleDescribes\":"
                            + PanelFixture.ruleReading(item).stream()
                                    .sorted()
                                    .map(c -> "\"" + c.name() + "\"")
                                    .toList()
                                    .toString()
                                    .replace(", ", ","));
        }
        CalibrationRound round = startOverTheSession();
        assertThat(round.items()).isEqualTo(20);
        everyoneReads(round);
        rounds.close(round.id());

        CalibrationReport report = rounds.report(round.id());

        // the figures recomputed by hand in CalibrationKappaTest (its comments show the arithmetic)
        assertThat(report.raters()).containsExactly("Test anna" + n, "Test bela" + n, "Test cleo" + n);
        assertThat(report.fleissItems()).isEqualTo(20);
        assertThat(row(report, Characteristic.SECRECY).fleiss()).isCloseTo(59.0 / 99, EXACT);
        assertThat(row(report, Characteristic.ROLE_REVERSAL).fleiss()).isCloseTo(11.0 / 20, EXACT);
        assertThat(row(report, Characteristic.DOUBLE_BIND).fleiss()).isCloseTo(1.0, EXACT);
        assertThat(row(report, Characteristic.PROFESSIONAL_PRIVILEGE).fleiss()).isNaN();
        assertThat(row(report, null).fleiss()).isCloseTo(311.0 / 371, EXACT);
        assertThat(row(report, Characteristic.ROLE_REVERSAL).pairs())
                .extracting(CalibrationReport.PairKappa::kappa)
                .satisfiesExactly(
                        ab -> assertThat(ab).isCloseTo(1.0, EXACT),
                        ac -> assertThat(ac).isCloseTo(8.0 / 23, EXACT),
                        bc -> assertThat(bc).isCloseTo(8.0 / 23, EXACT));
        assertThat(row(report, null).pairs())
                .extracting(CalibrationReport.PairKappa::kappa)
                .satisfiesExactly(
                        ab -> assertThat(ab).isCloseTo(17.0 / 22, EXACT),
                        ac -> assertThat(ac).isCloseTo(17.0 / 22, EXACT),
                        bc -> assertThat(bc).isCloseTo(1.0, EXACT));
        assertThat(row(report, Characteristic.SECRECY).againstRuleBase())
                .extracting(CalibrationReport.RaterKappa::kappa)
                .satisfiesExactly(
                        a -> assertThat(a).isCloseTo(79.0 / 99, EXACT),
                        b -> assertThat(b).isCloseTo(59.0 / 99, EXACT),
                        c -> assertThat(c).isCloseTo(59.0 / 99, EXACT));
        assertThat(row(report, Characteristic.ROLE_REVERSAL).againstRuleBase())
                .extracting(CalibrationReport.RaterKappa::kappa)
                .satisfiesExactly(
                        a -> assertThat(a).isCloseTo(14.0 / 19, EXACT),
                        b -> assertThat(b).isCloseTo(14.0 / 19, EXACT),
                        c -> assertThat(c).isCloseTo(6.0 / 11, EXACT));
        assertThat(row(report, Characteristic.DOUBLE_BIND).againstRuleBase())
                .extracting(CalibrationReport.RaterKappa::kappa)
                .allSatisfy(k -> assertThat(k).isCloseTo(13.0 / 17, EXACT));
        assertThat(report.fairShare()).isCloseTo(53.0 / 60, EXACT);
        // the items to discuss, and the panel's readings against the rule base, as fixture items
        // (item 15 disagrees on two questions; eleven items on one, of which the first four in reading order follow)
        List<Integer> discussed = report.disagreements().stream()
                .map(d -> fixtureItemAt(round.id(), d.position()))
                .toList();
        assertThat(discussed).hasSize(5).first().isEqualTo(15);
        assertThat(discussed.subList(1, 5)).isSubsetOf(5, 6, 7, 8, 9, 10, 16, 17, 18, 19, 20);
        assertThat(report.disagreements().subList(1, 5))
                .extracting(CalibrationReport.Disagreement::position)
                .isSorted();
        assertThat(report.panelReadings().stream()
                        .map(p -> fixtureItem(p.itemId()))
                        .sorted()
                        .toList())
                .containsExactly(11, 12);
    }

    @Test
    void raters_read_blind_and_no_name_is_shown() {
        CalibrationRound round = startOverTheSession();
        as(raters.get(1));
        BlindItem first = reading.next(round.id()).orElseThrow();

        assertThat(first.feedback()).as("no feedback before the reading").isEmpty();
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.of()).isEqualTo(20);
        for (UserSummary trainee : trainees) {
            assertThat(first.toString()).doesNotContain(trainee.username()).doesNotContain(trainee.displayName());
        }
        assertThatThrownBy(() -> reading.judgeFeedback(round.id(), first.itemId(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Fair:");
        BlindItem read = reading.read(round.id(), first.itemId(), Set.of(Characteristic.SECRECY));
        assertThat(read.feedback()).isNotEmpty();
        assertThat(read.myReading()).contains(Set.of(Characteristic.SECRECY));
        assertThatThrownBy(() -> reading.read(round.id(), first.itemId(), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Reading:");
        assertThat(reading.next(round.id())).map(BlindItem::itemId).contains(first.itemId());
        reading.judgeFeedback(round.id(), first.itemId(), false);
        assertThat(reading.next(round.id())).map(BlindItem::position).contains(2);
        assertThat(reading.item(round.id(), 1).myFair()).contains(false);
    }

    @Test
    void only_invited_raters_read_and_no_one_sees_the_readings_before_the_round_closes() {
        CalibrationRound round = startOverTheSession();
        UserSummary olga = users.ensure("olga" + n, Role.SUPERVISOR);
        as(olga);
        assertThatThrownBy(() -> reading.next(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.round(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.mine()).extracting(CalibrationRound::id).doesNotContain(round.id());
        as(trainees.getFirst());
        assertThatThrownBy(() -> reading.next(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?")
                        .param(olga.username())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        as(raters.get(1));
        BlindItem item = reading.next(round.id()).orElseThrow();
        reading.read(round.id(), item.itemId(), Set.of());
        assertThat(rounds.mine()).extracting(CalibrationRound::id).contains(round.id());
        assertThatThrownBy(() -> rounds.report(round.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Report:");
        assertThatThrownBy(() -> rounds.close(round.id()))
                .as("only its starter closes it")
                .isInstanceOf(AccessDeniedException.class);
        as(raters.getFirst());
        assertThat(rounds.round(round.id()).raters())
                .extracting(CalibrationRound.Rater::read)
                .containsExactly(0, 1, 0);
        rounds.close(round.id());
        as(raters.get(2));
        BlindItem late = reading.item(round.id(), 2);
        assertThatThrownBy(() -> reading.read(round.id(), late.itemId(), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Round:");
        assertThat(rounds.report(round.id()).raters()).containsExactly("Test bela" + n);
        as(olga);
        assertThatThrownBy(() -> rounds.report(round.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_sample_is_drawn_at_random_from_a_seed_and_is_drawn_again_from_it() {
        CalibrationRound a =
                rounds.start("Seeded " + n, new CalibrationRounds.Source.Case("mary-after-hours"), 5, 7L, raterIds());
        CalibrationRound b = rounds.start(
                "Seeded again " + n, new CalibrationRounds.Source.Case("mary-after-hours"), 5, 7L, raterIds());
        CalibrationRound c = rounds.start(
                "Other seed " + n, new CalibrationRounds.Source.Case("mary-after-hours"), 5, 8L, raterIds());
        assertThat(sampled(a)).hasSize(5).isEqualTo(sampled(b)).isNotEqualTo(sampled(c));
        assertThat(sampled(a)).allMatch(judgmentOfItem::containsValue);
        assertThat(a.source()).isEqualTo("Case: Mary: the last appointment of the day");
        assertThat(a.seed()).isEqualTo(7L);

        CalibrationRound all =
                rounds.start("All " + n, new CalibrationRounds.Source.Session(session.id()), 50, null, raterIds());
        assertThat(all.items()).as("fewer than asked: all of them").isEqualTo(20);
        assertThat(all.source()).isEqualTo("Session: " + session.name());

        as(raters.get(1));
        assertThatThrownBy(() -> rounds.start(
                        "Not mine " + n, new CalibrationRounds.Source.Session(session.id()), 5, 1L, raterIds()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.start(
                        "Nobody's " + n, new CalibrationRounds.Source.Case("mary-after-hours"), 5, 1L, raterIds()))
                .as("bela sees none of these trainees")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Sample:");
    }

    private List<Long> sampled(CalibrationRound round) {
        return jdbc.sql("select judgment_id from calibration_item where round_id = ? order by position")
                .param(round.id())
                .query(Long.class)
                .list();
    }

    @Test
    void a_round_needs_a_name_a_sample_and_two_raters_said_field_by_field() {
        var source = new CalibrationRounds.Source.Session(session.id());
        assertThatThrownBy(() -> rounds.start(" ", source, 5, 1L, raterIds())).hasMessageStartingWith("Name:");
        assertThatThrownBy(() -> rounds.start("Panel", source, 0, 1L, raterIds()))
                .hasMessageStartingWith("Sample:");
        assertThatThrownBy(() -> rounds.start(
                        "Panel", source, 5, 1L, Set.of(raters.getFirst().id())))
                .hasMessageStartingWith("Raters:");
        assertThatThrownBy(() -> rounds.start(
                        "Panel",
                        source,
                        5,
                        1L,
                        Set.of(raters.getFirst().id(), trainees.getFirst().id())))
                .hasMessageStartingWith("Raters:");
        assertThatThrownBy(() ->
                        rounds.start("Panel", new CalibrationRounds.Source.Case("no-such-case"), 5, 1L, raterIds()))
                .hasMessageStartingWith("Case:");
    }

    @Test
    void the_panels_readings_against_the_rule_base_are_accepted_as_reading_corrections_in_one_step() {
        CalibrationRound round = startOverTheSession();
        everyoneReads(round);
        as(raters.getFirst());
        assertThatThrownBy(() -> rounds.accept(round.id()))
                .as("not before it closes")
                .isInstanceOf(IllegalStateException.class);
        rounds.close(round.id());
        as(raters.get(1));
        assertThatThrownBy(() -> rounds.accept(round.id())).isInstanceOf(AccessDeniedException.class);
        as(raters.getFirst());

        assertThat(rounds.accept(round.id())).isEqualTo(2);

        assertThat(rounds.report(round.id()).panelReadings()).allMatch(CalibrationReport.PanelReading::inForce);
        assertThat(rounds.accept(round.id())).as("accepted once").isZero();
        assertThat(jdbc.sql("select count(*) from reading_correction where calibration_round_id = ? and reading = '' "
                                + "and rule_reading = 'DOUBLE_BIND' and corrected_by = ?")
                        .params(round.id(), raters.getFirst().username())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // item 11 is the third trainee's first segment: they now see the feedback for the panel's reading
        as(trainees.get(2));
        long attempt = jdbc.sql("select attempt_id from judgment where id = ?")
                .param(judgmentOfItem.get(11))
                .query(Long.class)
                .single();
        var seen = attempts.get(attempt).answered().getFirst();
        assertThat(seen.correction()).isPresent();
        assertThat(seen.correction().get().comment())
                .contains("Calibration round", "the panel of 3 read none of the four");
        assertThat(seen.feedback()).noneMatch(f -> f.code().equals("RATIONALE_UNMARKED"));
        assertThat(seen.assessment().feedback()).anyMatch(f -> f.code().equals("RATIONALE_UNMARKED"));
    }
}
