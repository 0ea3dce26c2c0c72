package org.boundarylab.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.boundarylab.SettableClock;
import org.boundarylab.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class LoginThrottleTest {

    final DataSource database = TestDatabase.migrated("login_throttle");
    final SettableClock clock = new SettableClock("2026-11-26T09:00:00Z");
    final LoginThrottle throttle = onNode();

    /** The throttle as one node of several sees it: its own pool on the one shared database. */
    private LoginThrottle onNode() {
        return new LoginThrottle(
                JdbcClient.create(database),
                new TransactionTemplate(new DataSourceTransactionManager(database)),
                clock);
    }

    private void advance(Duration d) {
        clock.advance(d);
    }

    @Test
    void five_failures_are_free_then_the_wait_doubles_up_to_a_minute() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ann", "10.0.0.1");
            assertThat(throttle.waitFor("ann", "10.0.0.9")).isEmpty();
        }
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.waitFor("ANN", "10.0.0.9")).contains(Duration.ofSeconds(1));
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.waitFor("ann", "10.0.0.9")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("ann", "10.0.0.1");
        }
        assertThat(throttle.waitFor("ann", "10.0.0.9")).contains(Duration.ofMinutes(1));
        advance(Duration.ofSeconds(61));
        assertThat(throttle.waitFor("ann", "10.0.0.9"))
                .as("never locked out for long")
                .isEmpty();
    }

    @Test
    void an_address_guessing_many_accounts_is_slowed_after_twenty_and_a_success_clears_only_the_account() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.waitFor("someone-else", "10.0.0.66")).isPresent();
        assertThat(throttle.waitFor("someone-else", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 6; i++) {
            throttle.failed("bob", "10.0.0." + i);
        }
        throttle.succeeded("bob");
        assertThat(throttle.waitFor("bob", "10.0.0.200")).isEmpty();
    }

    @Test
    void an_attacker_going_as_fast_as_allowed_gets_fewer_than_100_tries_an_hour_on_one_account() {
        Instant end = clock.instant().plus(Duration.ofHours(1));
        int tries = 0;
        while (clock.instant().isBefore(end)) {
            var wait = throttle.waitFor("victim", "203.0.113." + (tries % 250));
            if (wait.isPresent()) {
                advance(wait.get());
                continue;
            }
            throttle.failed("victim", "203.0.113." + (tries % 250));
            tries++;
        }
        assertThat(tries).isLessThan(100);
    }

    @Test
    void failures_older_than_an_hour_are_forgotten() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("cat", "10.1.1.1");
        }
        advance(Duration.ofHours(2));
        throttle.failed("cat", "10.1.1.1");
        assertThat(throttle.waitFor("cat", "10.1.1.1")).isEmpty();
    }

    @Test
    void when_a_wait_ends_fifteen_parallel_tries_let_only_one_reach_the_password_check() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit("dora", "10.2.2.2")).isEmpty();
        }
        assertThat(throttle.admit("dora", "10.2.2.2")).as("the sixth waits").isPresent();
        advance(Duration.ofSeconds(2));
        var start = new java.util.concurrent.CountDownLatch(1);
        var admitted = new java.util.concurrent.atomic.AtomicInteger();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(15);
        for (int i = 0; i < 15; i++) {
            pool.submit(() -> {
                start.await();
                if (throttle.admit("dora", "10.2.2." + Thread.currentThread().threadId() % 200)
                        .isEmpty()) {
                    admitted.incrementAndGet();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS))
                .isTrue();
        assertThat(admitted.get()).isEqualTo(1);
    }

    @Test
    void a_seminar_room_signing_in_at_once_behind_one_address_is_not_throttled_but_its_failures_count() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.admit("trainee" + i, "10.3.3.3"))
                    .as("thirty tries in flight from one room")
                    .isEmpty();
        }
        for (int i = 0; i < 30; i++) {
            throttle.succeeded("trainee" + i);
        }
        assertThat(throttle.waitFor("late-comer", "10.3.3.3")).isEmpty();
        for (int i = 0; i < 20; i++) {
            throttle.failedFrom("10.3.3.3");
        }
        assertThat(throttle.waitFor("late-comer", "10.3.3.3"))
                .as("twenty failures from the address")
                .isPresent();
    }

    @Test
    void the_count_is_kept_in_the_database_so_every_node_enforces_the_same_wait() {
        LoginThrottle otherNode = onNode();
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? throttle : otherNode).admit("erin", "10.4.4." + i))
                    .as("the five free tries, taken on either node")
                    .isEmpty();
        }
        assertThat(otherNode.admit("erin", "10.4.4.9"))
                .as("the sixth waits, wherever it lands")
                .isPresent();
        assertThat(throttle.waitFor("erin", "10.4.4.9")).contains(Duration.ofSeconds(1));
        otherNode.succeeded("erin");
        assertThat(throttle.waitFor("erin", "10.4.4.4")).isEmpty();
    }
}
