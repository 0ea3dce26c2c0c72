package org.boundarylab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionParticipation;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reports from stored judgments: who may read whose, overrides with their audit trail, and the exports. */
@BoundaryLabTest
class ReportsTest {

    @Autowired
    Reports reports;

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

    UserSummary rita;
    UserSummary rob;
    UserSummary solo;
    LiveSession session;
    /** Fresh accounts per test, so one test's attempts do not count in another's report. */
    private static final java.util.concurrent.atomic.AtomicInteger RUN =
            new java.util.concurrent.atomic.AtomicInteger();

    String n;

    static void as(String username, Role role) {
        org.boundarylab.account.SignIn.as(username, role);
    }

    @BeforeEach
    void aSessionWithTwoTraineesAndOneWhoWorkedAlone() {
        n = "-" + RUN.incrementAndGet();
        users.ensure("rhea" + n, Role.SUPERVISOR);
        users.ensure("rolf" + n, Role.SUPERVISOR);
        users.ensure("root" + n, Role.ADMIN);
        rita = users.ensure("rita" + n, Role.TRAINEE);
        rob = users.ensure("rob" + n, Role.TRAINEE);
        solo = users.ensure("solo" + n, Role.TRAINEE);
        as("rhea" + n, Role.SUPERVISOR);
        session = sessions.create(
                "Report seminar " + System.nanoTime(),
                List.of("mary-after-hours"),
                FeedbackMode.IMMEDIATE,
                true,
                Set.of());
        as("rita" + n, Role.TRAINEE);
        participation.join(session.joinCode());
        long a = participation.where(session.id()).attempt().orElseThrow().attemptId();
        participation.submit(session.id(), a, new Judgment("s1", Set.of(), List.of(), "=HYPERLINK(\"http://x\")", 2));
        participation.submit(
                session.id(), a, new Judgment("s2", Set.of(Characteristic.SECRECY), List.of(), "<b>hidden</b>", 3));
        as("rob" + n, Role.TRAINEE);
        participation.join(session.joinCode());
        long b = participation.where(session.id()).attempt().orElseThrow().attemptId();
        participation.submit(session.id(), b, new Judgment("s1", Set.of(), List.of(), "These are my reasons.", 1));
        as("solo" + n, Role.TRAINEE);
        long c = attempts.startNew("daniel-school-counsellor").attemptId();
        attempts.submit(c, new Judgment("s1", Set.of(), List.of(), "These are my reasons.", 1));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_attempts_total_is_the_same_on_every_screen_in_the_csv_the_pdf_and_the_headless_report(@TempDir Path dir)
            throws Exception {
        as("solo" + n, Role.TRAINEE);
        long id = attempts.startNew("mary-after-hours").attemptId();
        String[][] answers = {
            {"s1", "", "She admires him; he holds the frame.", "2"},
            {"s2", "SECRECY", "Running over time in an empty building.", "1"},
            {"s3", "ROLE_REVERSAL", "She has become his carer, listening to his troubles.", "3"},
            {"s4", "ROLE_REVERSAL,SECRECY", "He confides in her and asks her to keep it between them.", "2"},
            {"s5", "PROFESSIONAL_PRIVILEGE", "He dresses up what he wants as part of her treatment.", "3"},
            {"s6", "DOUBLE_BIND", "Leaving would mean abandoning her healing.", "2"}
        };
        StringBuilder yaml =
                new StringBuilder("responses:\n  - trainee: solo\n    vignette: mary-after-hours\n    judgments:\n");
        for (String[] a : answers) {
            Set<Characteristic> marked = a[1].isEmpty()
                    ? Set.of()
                    : java.util.Arrays.stream(a[1].split(","))
                            .map(Characteristic::valueOf)
                            .collect(java.util.stream.Collectors.toSet());
            attempts.submit(id, new Judgment(a[0], marked, List.of(), a[2], Integer.parseInt(a[3])));
            yaml.append("      - segment: ")
                    .append(a[0])
                    .append("\n        marked: [")
                    .append(a[1])
                    .append("]\n        rationale: \"")
                    .append(a[2])
                    .append("\"\n        confidence: ")
                    .append(a[3])
                    .append("\n");
        }
        double knowledge = attempts.answerQuestion(id, "role reversal, privilege, double bind and secrecy")
                .assessment()
                .score();
        as("root" + n, Role.ADMIN);
        ScoredJudgment s2 = reports.trainee(solo.id()).judgments().stream()
                .filter(j -> j.segmentId().equals("s2"))
                .findFirst()
                .orElseThrow();
        reports.override(s2.judgmentId(), s2.maxScore(), "The secrecy reading was defensible here.");

        as("solo" + n, Role.TRAINEE);
        var mine = attempts.myAttempts().stream()
                .filter(a -> a.attemptId() == id)
                .findFirst()
                .orElseThrow();
        var summary = attempts.get(id).total();
        Reports.TraineeResult report = reports.mine();
        var row = report.report().attempts().stream()
                .filter(a -> a.attempt().equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
        String shown = org.boundarylab.judgment.PointsFormat.outOf(row.score(), row.maxScore());
        assertThat(org.boundarylab.judgment.PointsFormat.outOf(mine.score(), mine.maxScore()))
                .as("My attempts")
                .isEqualTo(shown);
        assertThat(org.boundarylab.judgment.PointsFormat.outOf(summary.score(), summary.maxScore()))
                .as("the summary")
                .isEqualTo(shown);
        assertThat(report.csv()
                        .lines()
                        .filter(l -> l.contains(",mary-after-hours,"))
                        .filter(l -> l.contains("Test solo" + n)))
                .as("the CSV's attempt_total")
                .isNotEmpty()
                .allMatch(l -> l.contains("," + shown + ","));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(
                ReportPdf.trainee(report.report(), report.knowledge(), java.time.Instant.now()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .as("the PDF")
                    .contains(shown, "Knowledge checks", "role reversal, privilege, double bind and secrecy");
        }
        assertThat(report.knowledge()).singleElement().satisfies(k -> assertThat(k.score())
                .isEqualTo(knowledge));

        // the headless report scores the same judgments; the app adds the knowledge check and the override
        Path responses = java.nio.file.Files.writeString(dir.resolve("responses.yaml"), yaml);
        var out = new java.io.ByteArrayOutputStream();
        int code = org.boundarylab.cli.BoundaryLabCli.run(
                new String[] {
                    "report", "--vignettes", "seeds/vignettes", "--responses", responses.toString(), "--format", "json"
                },
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
        assertThat(code).isZero();
        double headless = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .get("trainees")
                .get(0)
                .get("score")
                .asDouble();
        assertThat(row.score())
                .isEqualTo(Math.round((headless + knowledge + s2.maxScore() - s2.ruleScore()) * 100.0) / 100.0);
    }

    @Autowired
    org.boundarylab.account.AccountService accounts;

    @Test
    void a_supervisor_sees_work_in_their_sessions_and_on_their_cases_and_private_practice_only_when_shared() {
        as("rita" + n, Role.TRAINEE);
        attempts.startNew("mary-after-hours");
        long onTheirCase = attempts.myAttempts().getFirst().attemptId();
        attempts.submit(onTheirCase, new Judgment("s1", Set.of(), List.of(), "Ordinary admiration of an expert.", 2));
        long privatePractice = attempts.startNew("daniel-school-counsellor").attemptId();
        attempts.submit(privatePractice, new Judgment("s1", Set.of(), List.of(), "Ordinary school counselling.", 2));

        as("rhea" + n, Role.SUPERVISOR);
        assertThat(reports.trainee(rita.id()).report().attempts())
                .extracting(TraineeReport.AttemptRow::vignetteId)
                .containsExactlyInAnyOrder("mary-after-hours", "mary-after-hours");
        assertThat(reports.cases(Set.of("daniel-school-counsellor")).judgments())
                .as("the cases report too")
                .isEmpty();

        as("rita" + n, Role.TRAINEE);
        assertThat(reports.mine().report().attempts())
                .as("the trainee sees all of it")
                .hasSize(3);
        accounts.setSharePractice(true);
        as("rhea" + n, Role.SUPERVISOR);
        assertThat(reports.trainee(rita.id()).report().attempts())
                .extracting(TraineeReport.AttemptRow::vignetteId)
                .contains("daniel-school-counsellor")
                .hasSize(3);
        as("root" + n, Role.ADMIN);
        assertThat(reports.trainee(rita.id()).report().attempts()).hasSize(3);
    }

    @Test
    void a_trainee_reads_only_their_own_report() {
        as("rita" + n, Role.TRAINEE);
        Reports.TraineeResult mine = reports.mine();
        assertThat(mine.name()).isEqualTo("Test rita" + n);
        assertThat(mine.report().score())
                .as("2 for s1, 0.75 for three of four right at certainty 3")
                .isEqualTo(2.75);
        assertThat(mine.report().feedback()).hasSize(2).allMatch(f -> !f.messages()
                .isEmpty());
        assertThatThrownBy(() -> reports.trainee(rob.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.session(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.cases(Set.of("mary-after-hours"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_supervisor_reads_the_trainees_of_their_own_sessions_and_an_admin_reads_everyone() {
        as("rhea" + n, Role.SUPERVISOR);
        assertThat(reports.trainee(rita.id()).report().attempts()).hasSize(1);
        assertThatThrownBy(() -> reports.trainee(solo.id())).isInstanceOf(AccessDeniedException.class);
        Reports.CohortResult cohort = reports.session(session.id());
        assertThat(cohort.report().attempts()).isEqualTo(2);
        assertThat(cohort.report().trainees())
                .extracting(CohortReport.TraineeRow::trainee)
                .containsExactly("Test rita" + n + " (rita" + n + ")", "Test rob" + n + " (rob" + n + ")");
        assertThat(reports.visibleTrainees())
                .extracting(e -> e.getValue())
                .contains("Test rita" + n, "Test rob" + n)
                .doesNotContain("Test solo" + n);
        as("rolf" + n, Role.SUPERVISOR);
        assertThatThrownBy(() -> reports.trainee(rita.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.session(session.id())).isInstanceOf(AccessDeniedException.class);
        as("root" + n, Role.ADMIN);
        assertThat(reports.trainee(solo.id()).report().attempts()).hasSize(1);
    }

    @Test
    void an_override_changes_the_score_everywhere_keeps_the_rule_score_and_is_audited() {
        as("rhea" + n, Role.SUPERVISOR);
        ScoredJudgment s2 = reports.trainee(rita.id()).judgments().stream()
                .filter(j -> j.segmentId().equals("s2"))
                .findFirst()
                .orElseThrow();
        assertThat(s2.score()).isEqualTo(0.75);
        assertThatThrownBy(() -> reports.override(s2.judgmentId(), 1, " ")).hasMessageStartingWith("Comment:");
        assertThatThrownBy(() -> reports.override(s2.judgmentId(), 9, "too much"))
                .hasMessageStartingWith("Score:");
        reports.override(s2.judgmentId(), 0, "The crossing was hard to see in this wording.");
        ScoredJudgment after = reports.trainee(rita.id()).judgments().stream()
                .filter(j -> j.segmentId().equals("s2"))
                .findFirst()
                .orElseThrow();
        assertThat(after.score()).isEqualTo(0.0);
        assertThat(after.ruleScore()).isEqualTo(0.75);
        assertThat(after.overrideComment()).isEqualTo("The crossing was hard to see in this wording.");
        assertThat(reports.session(session.id()).report().trainees().getFirst().score())
                .isEqualTo(2.0);
        assertThat(reports.overrideHistory(s2.judgmentId())).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("rhea" + n);
            assertThat(e.detail()).contains("set to 0.0", "hard to see");
        });
        as("rita" + n, Role.TRAINEE);
        assertThatThrownBy(() -> reports.override(s2.judgmentId(), 3, "mine now"))
                .isInstanceOf(AccessDeniedException.class);
        as("rolf" + n, Role.SUPERVISOR);
        assertThatThrownBy(() -> reports.override(s2.judgmentId(), 3, "not mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ScoredJudgment judgmentOf(long traineeId, String segmentId) {
        return reports.trainee(traineeId).judgments().stream()
                .filter(j -> j.segmentId().equals(segmentId))
                .findFirst()
                .orElseThrow();
    }

    /** Rewrites a stored assessment as another rule base (or an older version of this one) might have stored it. */
    private void restore(long judgmentId, java.util.function.Consumer<ObjectNode> change) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode assessment = (ObjectNode) json.readTree(jdbc.sql("select assessment from judgment where id = ?")
                .param(judgmentId)
                .query(String.class)
                .single());
        change.accept(assessment);
        jdbc.sql("update judgment set assessment = ? where id = ?")
                .params(json.writeValueAsString(assessment), judgmentId)
                .update();
    }

    @Test
    void reports_show_the_outcomes_the_rule_base_stored_not_a_recomputation_from_key_and_marks() {
        as("rhea" + n, Role.SUPERVISOR);
        ScoredJudgment s1 = judgmentOf(rita.id(), "s1");
        assertThat(s1.key()).as("s1 shows no violation and rita marked nothing").isEmpty();
        assertThat(s1.marked()).isEmpty();
        assertThat(s1.fullyRight()).isTrue();
        // a rule base that held the silence itself to be a missed secrecy stored this verdict
        restore(s1.judgmentId(), a -> ((ObjectNode) a.get("outcomes")).put("SECRECY", "MISS"));

        ScoredJudgment stored = judgmentOf(rita.id(), "s1");
        assertThat(stored.outcomes())
                .containsEntry(Characteristic.SECRECY, OutcomeKind.MISS)
                .containsEntry(Characteristic.ROLE_REVERSAL, OutcomeKind.CORRECT_REJECTION);
        assertThat(stored.fullyRight()).isFalse();
        TraineeReport report = reports.trainee(rita.id()).report();
        assertThat(report.characteristics().get(Characteristic.SECRECY).misses())
                .isEqualTo(1);
        assertThat(report.calibration().get(1).right())
                .as("fairly sure, and not fully right by the stored verdict")
                .isZero();
        assertThat(reports.session(session.id())
                        .report()
                        .characteristics()
                        .get(Characteristic.SECRECY)
                        .misses())
                .isEqualTo(1);
        assertThat(JudgmentCsv.write(List.of(stored))).contains("SECRECY=MISS");
    }

    @Test
    void an_override_must_stay_within_the_bounds_the_rule_base_stored_with_the_judgment() {
        as("rhea" + n, Role.SUPERVISOR);
        ScoredJudgment guessed = judgmentOf(rob.id(), "s1");
        assertThat(guessed.confidence()).isEqualTo(1);
        assertThat(guessed.minScore()).as("a guess loses nothing").isEqualTo(0.0);
        assertThat(guessed.maxScore()).isEqualTo(3.0);
        assertThatThrownBy(() -> reports.override(guessed.judgmentId(), -1, "wrong after all"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Score: between 0 and 3 for this judgment, the lowest and highest the rule base's scoring allows it.");
        assertThatThrownBy(() -> reports.override(guessed.judgmentId(), 3.25, "more than right"))
                .hasMessageStartingWith("Score: between 0 and 3");
        assertThatThrownBy(() -> reports.override(guessed.judgmentId(), Double.NaN, "no number"))
                .hasMessageStartingWith("Score:");
        reports.override(guessed.judgmentId(), 0, "Right by luck: the rationale is empty.");
        assertThat(judgmentOf(rob.id(), "s1").score()).isEqualTo(0.0);

        ScoredJudgment fairlySure = judgmentOf(rita.id(), "s1");
        assertThat(fairlySure.minScore()).isEqualTo(-2.0);
        assertThatThrownBy(() -> reports.override(fairlySure.judgmentId(), -2.25, "worse"))
                .hasMessageStartingWith("Score: between -2 and 3");
        reports.override(fairlySure.judgmentId(), -2, "The rationale contradicts the marks.");
        ScoredJudgment certain = judgmentOf(rita.id(), "s2");
        assertThat(certain.minScore()).isEqualTo(-6.0);
        reports.override(certain.judgmentId(), -6, "Certain, and the reasoning is wrong throughout.");
        assertThat(reports.trainee(rita.id()).report().score()).isEqualTo(-8.0);
    }

    @Test
    void a_judgment_stored_before_the_rules_recorded_outcomes_or_a_lowest_score_still_reads_and_can_be_overridden() {
        as("rhea" + n, Role.SUPERVISOR);
        ScoredJudgment s2 = judgmentOf(rita.id(), "s2");
        restore(s2.judgmentId(), a -> {
            a.remove("minScore");
            a.remove("outcomes");
        });

        ScoredJudgment old = judgmentOf(rita.id(), "s2");
        assertThat(old.outcomes()).as("worked out from the key and the marks").isEqualTo(s2.outcomes());
        assertThat(old.minScore())
                .as("the bound overrides were held to then: -2 x the maximum")
                .isEqualTo(-6.0);
        reports.override(old.judgmentId(), -6, "Certain, and wrong.");
        assertThatThrownBy(() -> reports.override(old.judgmentId(), -6.5, "lower still"))
                .hasMessageStartingWith("Score: between -6 and 3");
        as("rita" + n, Role.TRAINEE);
        long attempt = participation.where(session.id()).attempt().orElseThrow().attemptId();
        assertThat(attempts.get(attempt).answered()).hasSize(2).last().satisfies(a -> assertThat(
                        a.assessment().minScore())
                .isEqualTo(-6.0));
    }

    @Test
    void csv_neutralises_formulas_and_the_pdf_holds_the_name_and_score_as_text() throws Exception {
        as("rita" + n, Role.TRAINEE);
        Reports.TraineeResult mine = reports.mine();
        String csv = JudgmentCsv.write(mine.judgments());
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", JudgmentCsv.COLUMNS));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("<b>hidden</b>");
        byte[] pdf = ReportPdf.trainee(mine.report(), Instant.now());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Trainee report: Test rita" + n,
                            "Overall: 2.75 of 6 points",
                            "the feedback received",
                            "Mary: the last appointment of the day, segment 2",
                            "Ticked: Secrecy; the key:",
                            "1 attempt.")
                    .doesNotContain("docs/", "mary-after-hours", "1 attempts");
        }
    }
}
