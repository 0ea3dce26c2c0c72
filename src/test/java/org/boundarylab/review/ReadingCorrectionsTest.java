package org.boundarylab.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.EvaluationFile;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Correcting the rule base's reading of a judgment's reasoning: who may, what is stored (beside the
 * original, which never changes), what the trainee then sees, the audit trail, the list, the
 * agreement figures and the export.
 */
@BoundaryLabTest
class ReadingCorrectionsTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    /** The reader takes a home visit for secrecy; in Mary's first segment nothing of the four is present. */
    static final String HOME_VISIT = "He sees her on a home visit.";

    static final String HIDES = "He hides the relationship by seeing her after everyone has left.";

    @Autowired
    ReadingCorrections corrections;

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
    UserSummary rita;
    long attempt;
    long homeVisit;
    long hides;

    static void as(String username, Role role) {
        org.boundarylab.account.SignIn.as(username, role);
    }

    @BeforeEach
    void aTraineeOfRheasSessionJudgesFourSegmentsOfMarysCase() {
        n = "-rc" + RUN.incrementAndGet();
        users.ensure("rhea" + n, Role.SUPERVISOR);
        users.ensure("rolf" + n, Role.SUPERVISOR);
        users.ensure("root" + n, Role.ADMIN);
        rita = users.ensure("rita" + n, Role.TRAINEE);
        as("rhea" + n, Role.SUPERVISOR);
        LiveSession session = sessions.create(
                "Reading seminar " + n, List.of("mary-after-hours"), FeedbackMode.IMMEDIATE, true, Set.of());
        as("rita" + n, Role.TRAINEE);
        participation.join(session.joinCode());
        attempt = participation.where(session.id()).attempt().orElseThrow().attemptId();
        participation.submit(session.id(), attempt, new Judgment("s1", Set.of(), List.of(), HOME_VISIT, 2));
        participation.submit(
                session.id(), attempt, new Judgment("s2", Set.of(), List.of(), "An openly recorded crossing.", 2));
        participation.submit(
                session.id(),
                attempt,
                new Judgment(
                        "s3",
                        Set.of(Characteristic.ROLE_REVERSAL),
                        List.of(),
                        "She has become his caretaker and listens to his troubles.",
                        2));
        participation.submit(
                session.id(), attempt, new Judgment("s4", Set.of(Characteristic.SECRECY), List.of(), HIDES, 2));
        homeVisit = judgmentOf("s1");
        hides = judgmentOf("s4");
        as("rhea" + n, Role.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long judgmentOf(String segmentId) {
        return jdbc.sql("select id from judgment where attempt_id = ? and segment_id = ?")
                .params(attempt, segmentId)
                .query(Long.class)
                .single();
    }

    private List<String> codes(List<FeedbackItem> feedback) {
        return feedback.stream()
                .map(f -> f.code() + (f.characteristic() == null ? "" : ":" + f.characteristic()))
                .toList();
    }

    private AnsweredSegment asTheTraineeSeesIt(String segmentId) {
        as("rita" + n, Role.TRAINEE);
        try {
            return attempts.get(attempt).answered().stream()
                    .filter(a -> a.segment().id().equals(segmentId))
                    .findFirst()
                    .orElseThrow();
        } finally {
            as("rhea" + n, Role.SUPERVISOR);
        }
    }

    @Test
    void a_supervisor_corrects_a_reading_and_the_trainee_then_sees_the_feedback_given_again_for_it() {
        String original = jdbc.sql("select assessment from judgment where id = ?")
                .param(homeVisit)
                .query(String.class)
                .single();
        assertThat(codes(asTheTraineeSeesIt("s1").feedback())).contains("RATIONALE_UNMARKED:SECRECY");

        ReadingCorrection c = corrections.correct(homeVisit, Set.of(), "A home visit on its own hides nothing.");

        assertThat(c.ruleReading()).containsExactly(Characteristic.SECRECY);
        assertThat(c.reading()).isEmpty();
        assertThat(c.correctedBy()).isEqualTo("rhea" + n);
        assertThat(c.ruleBaseVersion())
                .isEqualTo(jdbc.sql("select rule_base_version from judgment where id = ?")
                        .param(homeVisit)
                        .query(String.class)
                        .single());
        AnsweredSegment seen = asTheTraineeSeesIt("s1");
        assertThat(seen.correction()).isPresent();
        assertThat(seen.correction().get().note())
                .contains(
                        "it describes none of the four (the rule base read secrecy)",
                        "A home visit on its own hides nothing.");
        assertThat(codes(seen.feedback()))
                .doesNotContain("RATIONALE_UNMARKED:SECRECY")
                .contains("CORRECT_NONE");
        assertThat(seen.assessment().rationaleDescribes())
                .as("the stored original")
                .containsExactly(Characteristic.SECRECY);
        assertThat(seen.correction().get().assessment().score())
                .isEqualTo(seen.assessment().score());
        assertThat(jdbc.sql("select assessment from judgment where id = ?")
                        .param(homeVisit)
                        .query(String.class)
                        .single())
                .as("the stored judgment never changes")
                .isEqualTo(original);
        assertThat(jdbc.sql("select detail from audit_event where action = 'READING_CORRECTED' and actor = ?")
                        .param("rhea" + n)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("judgment " + homeVisit, "read SECRECY, read as : A home visit on its own hides nothing.");
    }

    @Test
    void a_trainee_and_a_supervisor_of_other_trainees_may_not_correct_and_their_refusals_are_audited() {
        as("rita" + n, Role.TRAINEE);
        assertThatThrownBy(() -> corrections.correct(homeVisit, Set.of(), "Mine is not secrecy."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.judgment(homeVisit)).isInstanceOf(AccessDeniedException.class);
        as("rolf" + n, Role.SUPERVISOR);
        assertThatThrownBy(() -> corrections.correct(homeVisit, Set.of(), "Not secrecy."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.correct(999_999_999L, Set.of(), "Not secrecy."))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?")
                        .param("rolf" + n)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from reading_correction where judgment_id = ?")
                        .param(homeVisit)
                        .query(Integer.class)
                        .single())
                .isZero();
        as("root" + n, Role.ADMIN);
        assertThat(corrections.correct(homeVisit, Set.of(), "Not secrecy.").correctedBy())
                .isEqualTo("root" + n);
    }

    @Test
    void a_correction_needs_a_comment_naming_the_field_and_a_confirmation_does_not() {
        assertThatThrownBy(() -> corrections.correct(homeVisit, Set.of(), "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Comment:");
        assertThatThrownBy(
                        () -> corrections.correct(homeVisit, Set.of(), "x".repeat(ReadingCorrections.MAX_COMMENT + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Comment:");
        assertThatThrownBy(() -> corrections.correct(homeVisit, null, "No."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Reading:");

        ReadingCorrection confirmed = corrections.correct(hides, Set.of(Characteristic.SECRECY), "");

        assertThat(confirmed.confirms()).isTrue();
        assertThat(asTheTraineeSeesIt("s4").correction())
                .as("a confirmation changes nothing the trainee sees")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'READING_CONFIRMED' and actor = ?")
                        .param("rhea" + n)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_latest_reading_is_in_force_and_every_earlier_one_is_kept() {
        corrections.correct(homeVisit, Set.of(), "A home visit on its own hides nothing.");
        corrections.correct(
                homeVisit, Set.of(Characteristic.SECRECY), "On second thoughts, the visit is kept from the team.");

        assertThat(asTheTraineeSeesIt("s1").correction())
                .as("back to the rule base's reading")
                .isEmpty();
        ReviewedJudgment reviewed = corrections.judgment(homeVisit);
        assertThat(reviewed.history()).extracting(ReadingCorrection::confirms).containsExactly(true, false);
        assertThat(reviewed.corrected()).isEmpty();
        assertThat(reviewed.ruleReading()).containsExactly(Characteristic.SECRECY);
        assertThat(reviewed.rationale()).isEqualTo(HOME_VISIT);
        assertThat(reviewed.caseTitle()).isEqualTo("Mary: the last appointment of the day");
        assertThat(reviewed.segmentNumber()).isEqualTo(1);
        assertThat(corrections.list(CorrectionFilter.ANY).stream().filter(c -> c.judgmentId() == homeVisit))
                .hasSize(1);
    }

    @Test
    void the_list_filters_by_characteristic_case_and_version_and_shows_only_what_the_caller_may_read() {
        ReadingCorrection visit = corrections.correct(homeVisit, Set.of(), "A home visit on its own hides nothing.");
        ReadingCorrection hidden = corrections.correct(
                hides,
                Set.of(Characteristic.SECRECY, Characteristic.DOUBLE_BIND),
                "She cannot object without losing him: a bind too.");

        assertThat(mine(CorrectionFilter.ANY)).containsExactly(hidden.id(), visit.id());
        assertThat(mine(new CorrectionFilter(Characteristic.DOUBLE_BIND, null, null)))
                .containsExactly(hidden.id());
        assertThat(mine(new CorrectionFilter(Characteristic.SECRECY, "mary-after-hours", visit.ruleBaseVersion())))
                .containsExactly(hidden.id(), visit.id());
        assertThat(mine(new CorrectionFilter(null, "daniel-school-counsellor", null)))
                .isEmpty();
        assertThat(mine(new CorrectionFilter(null, null, "rb-none"))).isEmpty();
        assertThat(corrections.versions()).contains(visit.ruleBaseVersion());

        as("rolf" + n, Role.SUPERVISOR);
        assertThat(mine(CorrectionFilter.ANY)).as("not rolf's trainee").isEmpty();
        as("root" + n, Role.ADMIN);
        assertThat(mine(CorrectionFilter.ANY)).containsExactly(hidden.id(), visit.id());
    }

    private List<Long> mine(CorrectionFilter filter) {
        return corrections.list(filter).stream()
                .filter(c -> c.traineeId() == rita.id())
                .map(ReadingCorrection::id)
                .toList();
    }

    @Test
    void agreement_counts_each_reviewed_judgment_once_per_characteristic() {
        corrections.correct(homeVisit, Set.of(), "A home visit on its own hides nothing.");
        corrections.correct(hides, Set.of(Characteristic.SECRECY), "");
        corrections.correct(
                judgmentOf("s3"),
                Set.of(Characteristic.ROLE_REVERSAL, Characteristic.DOUBLE_BIND),
                "Cannot refuse him.");
        as("root" + n, Role.ADMIN);
        // only rita's three: the admin filters by her case and this run's version
        ReadingAgreement a = ReadingAgreement.of(corrections.list(CorrectionFilter.ANY).stream()
                .filter(c -> c.traineeId() == rita.id())
                .toList());

        assertThat(a.judgments()).isEqualTo(3);
        assertThat(a.wholeReadingAgreed()).as("only the confirmation").isEqualTo(1);
        assertThat(a.characteristics().get(Characteristic.SECRECY)).isEqualTo(new ReadingAgreement.Counts(3, 2, 1, 0));
        assertThat(a.characteristics().get(Characteristic.DOUBLE_BIND))
                .isEqualTo(new ReadingAgreement.Counts(3, 2, 0, 1));
        assertThat(a.characteristics().get(Characteristic.ROLE_REVERSAL).share())
                .isEqualTo(1.0);
        assertThat(ReadingAgreement.of(List.of()).wholeReadingShare()).isNaN();
    }

    @Test
    void the_export_is_read_by_the_rule_bases_evaluation_reader(@TempDir Path dir) throws Exception {
        corrections.correct(homeVisit, Set.of(), "A home visit on its own hides nothing.");
        corrections.correct(hides, Set.of(Characteristic.SECRECY, Characteristic.DOUBLE_BIND), "A bind too.");
        Path file = dir.resolve("export.csv");
        Files.writeString(file, corrections.export(new CorrectionFilter(null, "mary-after-hours", null)));

        List<EvaluationFile.Row> rows = EvaluationFile.read(file).stream()
                .filter(r -> r.text().equals(HOME_VISIT) || r.text().equals(HIDES))
                .toList();

        assertThat(rows).extracting(EvaluationFile.Row::caseId).containsOnly("mary-after-hours");
        assertThat(rows)
                .extracting(EvaluationFile.Row::labels)
                .contains(Set.of(), Set.of(Characteristic.DOUBLE_BIND, Characteristic.SECRECY));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'READINGS_EXPORTED' and actor = ?")
                        .param("rhea" + n)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
