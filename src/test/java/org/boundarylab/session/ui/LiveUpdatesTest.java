package org.boundarylab.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.boundarylab.session.SessionEvents;
import org.junit.jupiter.api.Test;

/**
 * One screen's refreshes, without Vaadin: {@code underLock} stands for {@code ui.access} and runs
 * the task at once in the caller's thread, marking it as holding the lock.
 */
class LiveUpdatesTest {

    record Picture(long version, String what) {}

    static final ThreadLocal<Boolean> HOLDING_LOCK = ThreadLocal.withInitial(() -> false);
    static final Consumer<Runnable> UNDER_LOCK = task -> {
        HOLDING_LOCK.set(true);
        try {
            task.run();
        } finally {
            HOLDING_LOCK.set(false);
        }
    };

    final List<String> applied = new CopyOnWriteArrayList<>();
    final List<Boolean> readUnderLock = new CopyOnWriteArrayList<>();
    final List<Boolean> appliedUnderLock = new CopyOnWriteArrayList<>();
    final AtomicLong version = new AtomicLong(1);

    LiveUpdates.Follower<Picture> follower(Consumer<Runnable> underLock, java.util.function.Supplier<Picture> read) {
        return new LiveUpdates.Follower<>(
                underLock,
                () -> {
                    readUnderLock.add(HOLDING_LOCK.get());
                    return read.get();
                },
                Picture::version,
                p -> {
                    appliedUnderLock.add(HOLDING_LOCK.get());
                    applied.add(p.what());
                });
    }

    static SessionEvents.Event event(SessionEvents.Kind kind, long version) {
        return new SessionEvents.Event(1, kind, version);
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 10 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void the_picture_is_read_off_the_lock_and_only_applied_under_it() throws Exception {
        LiveUpdates.Follower<Picture> f = follower(UNDER_LOCK, () -> new Picture(version.get(), "v" + version.get()));
        f.take(event(SessionEvents.Kind.MOVED, 1));
        await(() -> applied.size() == 1);
        assertThat(readUnderLock).containsExactly(false);
        assertThat(appliedUnderLock).containsExactly(true);
    }

    @Test
    void an_event_older_than_what_the_screen_shows_is_ignored() throws Exception {
        LiveUpdates.Follower<Picture> f = follower(UNDER_LOCK, () -> new Picture(version.get(), "v" + version.get()));
        f.shown(5);
        f.take(event(SessionEvents.Kind.STATE, 4));
        f.take(event(SessionEvents.Kind.ANSWER, 3));
        Thread.sleep(LiveUpdates.ANSWER_BATCH_MS + 100);
        assertThat(f.ignored).hasValue(2);
        assertThat(f.reads).hasValue(0);
        assertThat(applied).isEmpty();
    }

    @Test
    void a_picture_read_at_an_older_version_never_replaces_a_newer_one() throws Exception {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        LiveUpdates.Follower<Picture> f = follower(queued::add, () -> new Picture(3, "old"));
        f.take(event(SessionEvents.Kind.MOVED, 3));
        await(() -> queued.size() == 1);
        f.shown(4); // meanwhile the screen showed version 4 (the trainee's own click, say)
        UNDER_LOCK.accept(queued.get(0));
        assertThat(applied).isEmpty();
        assertThat(f.shownVersion()).isEqualTo(4);
    }

    @Test
    void a_burst_of_events_makes_one_refresh_at_a_time_and_one_more_at_the_end_in_order() throws Exception {
        CountDownLatch firstReadStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger n = new AtomicInteger();
        LiveUpdates.Follower<Picture> f = follower(UNDER_LOCK, () -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            int i = n.incrementAndGet();
            if (i == 1) {
                firstReadStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            inFlight.decrementAndGet();
            return new Picture(version.get(), "read " + i);
        });
        f.take(event(SessionEvents.Kind.STATE, 1));
        assertThat(firstReadStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 30; i++) {
            f.take(event(SessionEvents.Kind.ANSWER, 1)); // thirty answers while the first refresh reads
        }
        f.take(event(SessionEvents.Kind.MOVED, 1));
        release.countDown();
        await(() -> applied.size() == 2);
        Thread.sleep(LiveUpdates.ANSWER_BATCH_MS + 100);
        assertThat(applied).containsExactly("read 1", "read 2");
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void a_screen_that_left_is_not_refreshed_again() throws Exception {
        LiveUpdates.Follower<Picture> f = follower(UNDER_LOCK, () -> new Picture(version.get(), "v"));
        f.cancel();
        f.take(event(SessionEvents.Kind.MOVED, 2));
        Thread.sleep(100);
        assertThat(f.reads).hasValue(0);
    }
}
