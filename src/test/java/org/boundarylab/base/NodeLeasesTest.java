package org.boundarylab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.boundarylab.SettableClock;
import org.boundarylab.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes on one database compete for a job: one holds it at a time, and the other takes over when it stops renewing. */
class NodeLeasesTest {

    final DataSource database = TestDatabase.migrated("node_leases");
    final SettableClock clock = new SettableClock("2026-12-01T09:00:00Z");
    final NodeLeases nodeA = new NodeLeases(JdbcClient.create(database), clock, "a");
    final NodeLeases nodeB = new NodeLeases(JdbcClient.create(database), clock, "b");
    final Duration term = Duration.ofSeconds(30);

    @Test
    void the_holder_keeps_the_job_while_it_renews_and_the_other_node_takes_it_when_it_stops() {
        assertThat(nodeA.hold("outbox", term)).isTrue();
        assertThat(nodeB.hold("outbox", term)).isFalse();
        clock.advance(Duration.ofSeconds(20));
        assertThat(nodeA.hold("outbox", term)).as("renewed").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(nodeB.hold("outbox", term))
                .as("a renewed 20 s ago: still a's")
                .isFalse();
        clock.advance(Duration.ofSeconds(11));
        assertThat(nodeB.hold("outbox", term))
                .as("a stopped renewing: b takes over")
                .isTrue();
        assertThat(nodeA.hold("outbox", term)).isFalse();
        assertThat(nodeA.hold("another job", term)).as("leases are per job").isTrue();
    }

    @Test
    void of_many_nodes_trying_at_the_same_moment_exactly_one_gets_the_job() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger holders = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 8; i++) {
            NodeLeases node = new NodeLeases(JdbcClient.create(database), clock, "node-" + i);
            done.add(pool.submit((Callable<Void>) () -> {
                go.await();
                if (node.hold("race", term)) {
                    holders.incrementAndGet();
                }
                return null;
            }));
        }
        go.countDown();
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(holders.get()).isEqualTo(1);
    }
}
