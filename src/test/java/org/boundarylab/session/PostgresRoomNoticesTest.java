package org.boundarylab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarylab.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Two nodes on one real PostgreSQL server, each with its own listening connection, as in production. */
class PostgresRoomNoticesTest {

    final String url = TestPostgres.newDatabase("room_notices");
    final DriverManagerDataSource database = new DriverManagerDataSource(url, "postgres", "postgres");
    final JdbcClient jdbc = JdbcClient.create(database);
    final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
    final Node nodeA = new Node();
    final Node nodeB = new Node();

    /** What one node's screens were told. */
    final class Node implements RoomNotices.Receiver {
        final List<SessionEvents.Event> heard = new CopyOnWriteArrayList<>();
        final AtomicInteger missed = new AtomicInteger();
        final PostgresRoomNotices notices = new PostgresRoomNotices(url, "postgres", "postgres", jdbc);

        Node() {
            notices.start(this);
        }

        @Override
        public void changed(SessionEvents.Event change) {
            heard.add(change);
        }

        @Override
        public void missedSome() {
            missed.incrementAndGet();
        }
    }

    @AfterEach
    void stop() {
        nodeA.notices.close();
        nodeB.notices.close();
    }

    @Test
    void a_change_on_one_node_reaches_both_once_committed_and_a_rolled_back_one_never() {
        var answer = new SessionEvents.Event(12, SessionEvents.Kind.ANSWER, 34);
        transactions.executeWithoutResult(tx -> {
            nodeB.notices.send(answer);
            sleep(300);
            assertThat(nodeA.heard).as("not before the commit").isEmpty();
        });
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(nodeA.heard).containsExactly(answer);
            assertThat(nodeB.heard)
                    .as("the sender's own screens hear it the same way")
                    .containsExactly(answer);
        });

        transactions.executeWithoutResult(tx -> {
            nodeA.notices.send(new SessionEvents.Event(12, SessionEvents.Kind.MOVED, 35));
            tx.setRollbackOnly();
        });
        nodeB.notices.send(new SessionEvents.Event(12, SessionEvents.Kind.STATE, 36));
        await().atMost(Duration.ofSeconds(1)).until(() -> nodeA.heard.size() == 2);
        assertThat(nodeA.heard)
                .extracting(SessionEvents.Event::kind)
                .as("the rolled-back move was never announced")
                .containsExactly(SessionEvents.Kind.ANSWER, SessionEvents.Kind.STATE);
    }

    @Test
    void a_lost_listening_connection_is_made_again_and_the_screens_re_read_what_they_missed() {
        int killed = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where query like 'LISTEN%' and datname = current_database()")
                .query(Integer.class)
                .single();
        assertThat(killed).as("both nodes' listening connections").isEqualTo(2);

        await().atMost(Duration.ofSeconds(10)).until(() -> nodeA.missed.get() == 1 && nodeB.missed.get() == 1);
        var join = new SessionEvents.Event(5, SessionEvents.Kind.JOINED, 2);
        nodeA.notices.send(join);
        await().atMost(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(nodeB.heard).containsExactly(join));
    }

    @Test
    void the_notice_says_which_session_changed_to_which_version_and_reads_back() {
        var change = new SessionEvents.Event(7, SessionEvents.Kind.REVEALED, 9);
        assertThat(PostgresRoomNotices.text(change)).isEqualTo("session 7 changed to version 9 by REVEALED");
        assertThat(PostgresRoomNotices.parse(PostgresRoomNotices.text(change))).contains(change);
        assertThat(PostgresRoomNotices.parse("session 7 changed to version 9 by SOMETHING"))
                .isEmpty();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
