package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarylab.bench.LatencyLog;
import org.boundarylab.bench.SessionLoad;
import org.boundarylab.bench.UidlClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten times: trainees submit judgments as fast as they can over HTTP, and the server is killed
 * with kill -9 in the middle of the burst. Every judgment whose feedback reached a trainee must be
 * in the database afterwards, and on restart every trainee resumes where the database says.
 * Long (about five minutes): {@code ./mvnw -Plong verify -Dit.test=KillDurabilityLongIT}.
 */
class KillDurabilityLongIT {

    static final int TRAINEES = 20;
    static final int ROUNDS = Integer.getInteger("durability.rounds", 10);
    static final java.util.Queue<String> PROBLEMS = new java.util.concurrent.ConcurrentLinkedQueue<>();
    static final List<String> CASES = List.of(
            "mary-after-hours",
            "daniel-school-counsellor",
            "grace-community-clinic",
            "leo-inpatient-ward",
            "priya-telehealth",
            "whitfield-family-therapy",
            "samuel-private-practice",
            "chloe-exposure-outing",
            "haddad-home-visits",
            "jonah-university-counselling",
            "eileen-small-town",
            "ana-and-tomas-retreat");

    @TempDir
    Path data;

    @Test
    void no_acknowledged_judgment_is_lost_to_kill_9_in_ten_rounds() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port + "/";
        Process setup = SessionLoad.start(data, port);
        SessionLoad.awaitHealthy(base);
        setup.destroy();
        setup.waitFor();
        long session = SessionLoad.seed(data, TRAINEES, CASES);
        Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        int totalAcknowledged = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Process server = SessionLoad.start(data, port);
            SessionLoad.awaitHealthy(base);
            AtomicBoolean up = new AtomicBoolean(true);
            List<Thread> trainees = new java.util.ArrayList<>();
            for (int t = 0; t < TRAINEES; t++) {
                String user = "load-t" + t;
                trainees.add(Thread.ofVirtual().start(() -> burst(base, user, session, up, acknowledged)));
            }
            // wait until the burst is under way (a cold server takes a while for 20 sign-ins), then kill
            int before = totalAcknowledged;
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
            while (acknowledged.values().stream().mapToInt(AtomicInteger::get).sum() < before + TRAINEES
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(300 + ThreadLocalRandom.current().nextInt(2000));
            server.destroyForcibly(); // kill -9 in the middle of the burst
            server.waitFor();
            up.set(false);
            for (Thread t : trainees) {
                t.join();
            }
            Map<String, Integer> stored = storedByTrainee(data, session);
            for (var e : acknowledged.entrySet()) {
                assertThat(stored.getOrDefault(e.getKey(), 0))
                        .as("round " + round + ", " + e.getKey() + ": every acknowledged judgment is stored")
                        .isGreaterThanOrEqualTo(e.getValue().get());
            }
            totalAcknowledged =
                    acknowledged.values().stream().mapToInt(AtomicInteger::get).sum();
        }
        assertThat(totalAcknowledged)
                .as("the bursts did submit; ended by: "
                        + PROBLEMS.stream().limit(3).toList())
                .isGreaterThan(ROUNDS * TRAINEES);
    }

    /** One trainee: open the session (resuming where the database says) and submit until the server dies. */
    private static void burst(
            String base, String user, long session, AtomicBoolean up, Map<String, AtomicInteger> acknowledged) {
        try {
            UidlClient browser = new UidlClient(base, new LatencyLog());
            browser.login(user, SessionLoad.PASSWORD);
            browser.open("session/" + session);
            while (up.get()) {
                if (browser.lastBody.contains("\"knowledge-answer\"")) {
                    // a case's recall question: answer it and go on to the next case
                    browser.set(
                            "knowledge-answer",
                            "value",
                            browser.text("Role reversal, privilege, double bind, secrecy."),
                            "change");
                    browser.click("submit-answer");
                    browser.click("next-segment");
                    continue;
                }
                if (!browser.lastBody.contains("\"submit-judgment\"")) {
                    return; // every case done
                }
                browser.set("mark-NONE", "checked", browser.bool(true), "checked-changed");
                browser.set("rationale", "value", browser.text("An ordinary moment of the work."), "change");
                browser.set("certainty", "value", browser.text("1"), "value-changed");
                browser.click("submit-judgment");
                if (browser.lastBody.contains("feedback-heading")) {
                    acknowledged.computeIfAbsent(user, u -> new AtomicInteger()).incrementAndGet();
                }
                browser.click("next-segment");
            }
        } catch (Exception serverGone) {
            // the kill: whatever was not acknowledged may be lost, nothing else
            PROBLEMS.add(user + ": " + serverGone);
        }
    }

    private static Map<String, Integer> storedByTrainee(Path data, long session) throws Exception {
        Map<String, Integer> stored = new ConcurrentHashMap<>();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.toAbsolutePath() + "/boundarylab", "sa", "");
                PreparedStatement s = db.prepareStatement(
                        "select u.username, count(*) from judgment j join attempt a on a.id = "
                                + "j.attempt_id join user_account u on u.id = a.trainee_id where a.session_id = ? group by u.username")) {
            s.setLong(1, session);
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getInt(2));
            }
        }
        return stored;
    }
}
