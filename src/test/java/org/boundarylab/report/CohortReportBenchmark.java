package org.boundarylab.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.EvidenceVerdict;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.vignette.Characteristic;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cohort report over 10,000 attempts (5 judgments each, 200 trainees): reading the rows with the
 * report's own query from an H2 file database, and computing the statistics. Target: under 1 s.
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.args=CohortReportBenchmark}
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CohortReportBenchmark {

    static final int ATTEMPTS = 10_000;
    static final int SEGMENTS = 5;
    List<ScoredJudgment> judgments;
    Connection db;
    Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("report-bench");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/bench;WRITE_DELAY=0";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
        seed(db);
        judgments = synthetic();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
    }

    /** The statistics of the cohort report, from 50,000 judgments in memory. */
    @Benchmark
    public CohortReport statistics() {
        return ReportCalculator.cohort(judgments);
    }

    /** The report's query over 50,000 stored judgments, every column read, the stored assessment's verdict too. */
    @Benchmark
    public int readRows() throws Exception {
        int n = 0;
        try (PreparedStatement s =
                db.prepareStatement(ReportStore.SELECT + "where a.vignette_id = ? order by j.attempt_id, j.id")) {
            s.setString(1, "daniel-school-counsellor");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    n += rs.getString("marked").length()
                            + rs.getString("evidence").length()
                            + (int) rs.getDouble("score")
                            + rs.getString("rationale").length()
                            + rs.getString("display_name").length();
                    rs.getTimestamp("submitted_at");
                    rs.getDouble("override_score");
                    // what ReportStore reads of each stored assessment: the outcomes and the lowest score
                    n += StoredVerdict.read(rs.getString("assessment"))
                            .outcomes()
                            .size();
                }
            }
        }
        return n;
    }

    private static List<ScoredJudgment> synthetic() {
        Random random = new Random(7);
        List<ScoredJudgment> out = new ArrayList<>();
        Characteristic[] all = Characteristic.values();
        for (int a = 0; a < ATTEMPTS; a++) {
            for (int s = 1; s <= SEGMENTS; s++) {
                Set<Characteristic> key = s == 1 ? Set.of() : Set.of(all[s % 4]);
                Set<Characteristic> marked = EnumSet.noneOf(Characteristic.class);
                for (Characteristic c : all) {
                    if (random.nextInt(5) == 0 || key.contains(c) && random.nextInt(4) != 0) {
                        marked.add(c);
                    }
                }
                out.add(new ScoredJudgment(
                        String.valueOf(a),
                        "trainee " + a % 200,
                        "daniel-school-counsellor",
                        1,
                        "s" + s,
                        marked,
                        key,
                        StoredVerdict.read("{}").outcomesOr(key, marked),
                        List.of(),
                        "",
                        1 + random.nextInt(3),
                        random.nextInt(10) - 6,
                        0,
                        -6,
                        3,
                        "rb",
                        Instant.now(),
                        null,
                        a * SEGMENTS + s));
            }
        }
        return out;
    }

    /** An assessment as the app stores it: four outcomes, the score's bounds, and three feedback items. */
    static String assessmentJson() {
        Map<Characteristic, OutcomeKind> outcomes = new EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            outcomes.put(c, c == Characteristic.SECRECY ? OutcomeKind.HIT : OutcomeKind.CORRECT_REJECTION);
        }
        String message = "Found: secrecy. \"keeps it from everyone\": what happens in the room is kept from those who "
                + "could question it, and the client carries the secret for him.";
        List<FeedbackItem> feedback = List.of(
                new FeedbackItem(
                        "HIT",
                        Characteristic.SECRECY,
                        message,
                        "marked and present is a hit",
                        Map.of("expert cue", "keeps it")),
                new FeedbackItem(
                        "EVIDENCE_CITED",
                        null,
                        message,
                        "a highlight on a cue",
                        Map.of("highlight", "keeps it from everyone")),
                new FeedbackItem(
                        "RATIONALE_UNMARKED",
                        Characteristic.ROLE_REVERSAL,
                        message,
                        "described but not marked",
                        Map.of("your words", "looks after him")));
        return JsonMapper.builder()
                .build()
                .writeValueAsString(new Assessment(
                        "s2",
                        outcomes,
                        Set.of(Characteristic.SECRECY),
                        EvidenceVerdict.CITED,
                        1.5,
                        -2,
                        3,
                        feedback,
                        "rb-0123456789ab"));
    }

    private static void seed(Connection db) throws Exception {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (Statement st = db.createStatement()) {
            for (int t = 0; t < 200; t++) {
                st.addBatch(
                        "insert into user_account (username, display_name, password_hash, role, enabled, created_at) values "
                                + "('t" + t + "', 'Trainee " + t + "', 'x', 'TRAINEE', true, now())");
            }
            st.executeBatch();
        }
        try (PreparedStatement attempt =
                        db.prepareStatement("insert into attempt (id, trainee_id, vignette_id, vignette_version, "
                                + "started_at, completed_at) values (?, ?, 'daniel-school-counsellor', 1, ?, ?)");
                PreparedStatement judgment =
                        db.prepareStatement("insert into judgment (attempt_id, segment_id, marked, evidence, "
                                + "rationale, confidence, score, max_score, assessment, rule_base_version, submitted_at) "
                                + "values (?, ?, ?, '[]', 'he hides it from everyone', 2, 1.5, 3, ?, 'rb', ?)")) {
            String assessment = assessmentJson();
            for (int a = 1; a <= ATTEMPTS; a++) {
                attempt.setLong(1, a);
                attempt.setLong(2, 1 + a % 200);
                attempt.setTimestamp(3, now);
                attempt.setTimestamp(4, now);
                attempt.addBatch();
                for (int s = 1; s <= SEGMENTS; s++) {
                    judgment.setLong(1, a);
                    judgment.setString(2, "s" + s);
                    judgment.setString(3, s % 2 == 0 ? "SECRECY" : "");
                    judgment.setString(4, assessment);
                    judgment.setTimestamp(5, now);
                    judgment.addBatch();
                }
                if (a % 1000 == 0) {
                    attempt.executeBatch();
                    judgment.executeBatch();
                }
            }
        }
        db.commit();
    }
}
