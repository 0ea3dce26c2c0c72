package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.boundarylab.bench.LatencyLog;
import org.boundarylab.bench.SessionLoad;
import org.boundarylab.bench.TwoNodes;
import org.boundarylab.bench.UidlClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two app nodes on one PostgreSQL server behind HAProxy (deploy/haproxy.cfg), on loopback: a
 * supervisor's dashboard on node a follows trainees who answer on node b; node b is killed (-9) in
 * the middle of the session; its trainees are sent to node a, sign in again, go on where the
 * database says, and nothing they were told was stored is lost.
 */
class SeveralNodesIT {

    static final int TRAINEES = 4;
    static final int BEFORE_THE_KILL = 2;
    /** One more trainee, in a real browser. */
    static final String CHROMIUM_TRAINEE = "load-t" + TRAINEES;

    @Test
    void a_dashboard_on_node_a_follows_trainees_on_node_b_who_finish_on_node_a_after_node_b_is_killed()
            throws Exception {
        Browser.requireOrSkip(TwoNodes.haproxyInstalled(), System.getenv("CI"), TwoNodes.MISSING);
        Browser.assumeInstalled();
        long[] session = new long[1];
        try (TwoNodes cluster = TwoNodes.start(
                        "512m",
                        db -> session[0] = SessionLoad.seed(db, TRAINEES + 1, 1, List.of(SessionLoad.CASE))
                                .get(0));
                Browser chromium = new Browser(
                        cluster.baseUrl(), Files.createTempDirectory("several-nodes-chromium"), 1440, 900)) {
            long sessionId = session[0];
            LatencyLog requests = new LatencyLog();
            LatencyLog shown = new LatencyLog();
            SessionLoad.Visibility room = new SessionLoad.Visibility(shown);

            UidlClient dashboard = new UidlClient(cluster.baseUrl(), requests);
            dashboard.stickTo("a");
            dashboard.login("load-sup0", SessionLoad.PASSWORD);
            dashboard.open("sessions/" + sessionId);
            assertThat(dashboard.lastNode).isEqualTo("a");
            dashboard.connectPush(room::pushed);

            List<UidlClient> trainees = new ArrayList<>();
            int answers = 0;
            for (int i = 0; i < TRAINEES; i++) {
                UidlClient trainee = new UidlClient(cluster.baseUrl(), requests);
                trainee.stickTo("b");
                trainee.login("load-t" + i, SessionLoad.PASSWORD);
                trainee.open("session/" + sessionId);
                assertThat(trainee.lastNode).isEqualTo("b");
                trainees.add(trainee);
                for (int segment = 1; segment <= BEFORE_THE_KILL; segment++) {
                    answers += answerAndAwaitDashboard(trainee, i, segment, room, shown, answers);
                }
            }
            judgeFirstSegmentOnNodeB(chromium, sessionId);
            assertThat(judgments(cluster, sessionId))
                    .as("every answer acknowledged on node b is stored")
                    .isEqualTo(TRAINEES * BEFORE_THE_KILL + 1);

            cluster.kill("b");

            signInAgainOnNodeAAndCarryOn(chromium, sessionId);

            for (int i = 0; i < TRAINEES; i++) {
                UidlClient trainee = trainees.get(i);
                // node b's screens are gone with it: the browser reloads, is sent to node a, signs in again
                trainee.login("load-t" + i, SessionLoad.PASSWORD);
                trainee.open("session/" + sessionId);
                assertThat(trainee.lastNode).isEqualTo("a");
                assertThat(trainee.lastBody)
                        .as("trainee %d resumes where the database says", i)
                        .contains("segment " + (BEFORE_THE_KILL + 1) + " of " + SessionLoad.SEGMENTS);
                for (int segment = BEFORE_THE_KILL + 1; segment <= SessionLoad.SEGMENTS; segment++) {
                    answers += answerAndAwaitDashboard(trainee, i, segment, room, shown, answers);
                }
            }

            int expected = TRAINEES * SessionLoad.SEGMENTS + 2; // and the Chromium trainee's two
            assertThat(judgments(cluster, sessionId))
                    .as("five segments each, none lost and none twice")
                    .isEqualTo(expected);
            assertThat(distinctJudgedSegments(cluster, sessionId)).isEqualTo(expected);
            assertThat(shown.percentileMs(SessionLoad.SHOWN, 1.0))
                    .as("every answer reached the dashboard on the other node within a second:%n%s", shown.report())
                    .isLessThanOrEqualTo(1000.0);
            assertThat(requests.errorCount()).isZero();
            dashboard.closePush();
        }
    }

    /** A trainee in a real browser, stuck to node b, judges the first segment there. */
    private static void judgeFirstSegmentOnNodeB(Browser chromium, long sessionId) {
        chromium.open("login");
        chromium.driver.manage().deleteCookieNamed("BLNODE");
        chromium.driver.manage().addCookie(new Cookie("BLNODE", "b", "/"));
        chromium.login(CHROMIUM_TRAINEE, SessionLoad.PASSWORD);
        chromium.open("session/" + sessionId);
        chromium.judge("mark-NONE", "Nothing here goes past ordinary care.");
        chromium.await(By.id("feedback-heading"));
        chromium.nextSegment();
    }

    /**
     * Node b is gone: the next thing the trainee does tells them their session ended and that their
     * answers are saved; pressing the notice signs them in again (on node a) and returns them to the
     * session page at the segment the database says, where they answer it.
     */
    private static void signInAgainOnNodeAAndCarryOn(Browser chromium, long sessionId) throws Exception {
        chromium.click(By.cssSelector("#mark-NONE > label"));
        WebElement notice =
                chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("v-system-error")));
        assertThat(notice.getText()).contains("Your session ended").contains("Your answers so far are saved");
        chromium.screenshotsAtEachWidth(Path.of("docs", "screenshots"), "session-ended");
        notice.click();
        chromium.wait.until(d -> d.getCurrentUrl().contains("/login"));
        chromium.login(CHROMIUM_TRAINEE, SessionLoad.PASSWORD);
        chromium.wait.until(d -> d.getCurrentUrl().contains("/session/" + sessionId));
        chromium.awaitVaadin();
        assertThat(chromium.text(By.tagName("body")))
                .as("back on the session page, at the second segment")
                .containsIgnoringCase("segment 2 of " + SessionLoad.SEGMENTS);
        chromium.judge("mark-NONE", "Still an ordinary piece of the work.");
        chromium.await(By.id("feedback-heading"));
    }

    /** One judgment, then the dashboard on the other node must show it; returns 1. */
    private static int answerAndAwaitDashboard(
            UidlClient trainee, int i, int segment, SessionLoad.Visibility room, LatencyLog shown, int answersBefore)
            throws Exception {
        assertThat(SessionLoad.answer(trainee, "Trainee " + i, room, 0, segment, 1))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(3)).until(() -> shown.count(SessionLoad.SHOWN) == answersBefore + 1);
        return 1;
    }

    private static int judgments(TwoNodes cluster, long sessionId) throws Exception {
        return count(
                cluster,
                sessionId,
                "select count(*) from judgment j join attempt a on a.id = j.attempt_id " + "where a.session_id = ?");
    }

    private static int distinctJudgedSegments(TwoNodes cluster, long sessionId) throws Exception {
        return count(
                cluster,
                sessionId,
                "select count(*) from (select distinct a.trainee_id, j.segment_id from judgment j "
                        + "join attempt a on a.id = j.attempt_id where a.session_id = ?) d");
    }

    private static int count(TwoNodes cluster, long sessionId, String sql) throws Exception {
        try (Connection db = cluster.database();
                PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
