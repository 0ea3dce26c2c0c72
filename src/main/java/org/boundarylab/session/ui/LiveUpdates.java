package org.boundarylab.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.boundarylab.session.SessionEvents;
import org.boundarylab.session.SessionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a screen of a live session current by server push, in the order things happened:
 * <ul>
 * <li>the screen follows only its own session, and only the kinds of change it shows (a trainee's
 * screen is not woken by other trainees' answers);</li>
 * <li>each event carries the session's version; one older than what the screen shows is ignored,
 * and a picture read at an older version than the one shown is never applied;</li>
 * <li>one refresh at a time per screen: events that arrive meanwhile make exactly one more, so a
 * burst of answers is one refresh (answers also wait {@link #ANSWER_BATCH_MS} to gather), and an
 * older refresh cannot land after a newer one;</li>
 * <li>the picture is read off the UI lock, on a virtual thread, as the screen's own user, and only
 * applying it takes the lock ({@code ui.access}), so no query runs under it.</li>
 * </ul>
 */
final class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final long ANSWER_BATCH_MS = 250;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-updates").factory());

    private LiveUpdates() {}

    /**
     * {@link #follow}, then reads and applies the first picture in this request; if that read is
     * refused, following stops and the refusal goes on to the caller.
     */
    static <S> Follower<S> followAndShow(
            Component screen,
            UI ui,
            SessionEvents events,
            long sessionId,
            Set<SessionEvents.Kind> kinds,
            Supplier<S> read,
            ToLongFunction<S> versionOf,
            Consumer<S> apply) {
        Follower<S> follower = follow(screen, ui, events, sessionId, kinds, read, versionOf, apply);
        S first;
        try {
            first = read.get();
        } catch (RuntimeException refused) {
            follower.cancel();
            throw refused;
        }
        follower.shown(versionOf.applyAsLong(first));
        apply.accept(first);
        return follower;
    }

    /**
     * Follows a session on this screen from now on (call it in {@code beforeEnter}, before the
     * first picture is read, so nothing committed in between is missed). {@code read} runs off the
     * lock and may query; {@code apply} runs under it and must not.
     */
    static <S> Follower<S> follow(
            Component screen,
            UI ui,
            SessionEvents events,
            long sessionId,
            Set<SessionEvents.Kind> kinds,
            Supplier<S> read,
            ToLongFunction<S> versionOf,
            Consumer<S> apply) {
        SecurityContext user = copyOfCurrentUser();
        Follower<S> follower = new Follower<>(
                task -> {
                    try {
                        ui.access(task::run);
                    } catch (UIDetachedException gone) {
                        // the browser left; the detach listener cancels the subscription
                    }
                },
                () -> asUser(user, read),
                versionOf,
                apply);
        SessionEvents.Subscription subscription = events.subscribe(sessionId, kinds, follower::take);
        com.vaadin.flow.shared.Registration onDetach = screen.addDetachListener(detach -> follower.cancel());
        follower.unsubscribe = () -> {
            subscription.cancel();
            onDetach.remove();
        };
        return follower;
    }

    /**
     * Runs a supervisor's action off the UI lock as the signed-in user; the screens (this one too)
     * then follow the change by its event. A refusal comes back in words.
     */
    static void act(UI ui, Runnable action, Consumer<String> refused) {
        SecurityContext user = copyOfCurrentUser();
        Thread.ofVirtual().start(() -> {
            try {
                asUser(user, () -> {
                    action.run();
                    return null;
                });
            } catch (SessionException e) {
                access(ui, () -> refused.accept(e.getMessage()));
            } catch (RuntimeException e) {
                log.warn("A session action failed", e);
                access(ui, () -> refused.accept("That did not work; try again. If it keeps failing, reload the page."));
            }
        });
    }

    private static void access(UI ui, Runnable task) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException gone) {
            // nobody left to tell
        }
    }

    /** A copy: the caller's context object may be changed later (a sign-out, a test switching users). */
    private static SecurityContext copyOfCurrentUser() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return copy;
    }

    private static <T> T asUser(SecurityContext user, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /**
     * One screen's refreshes: at most one in flight, in order, each read off the lock and applied
     * under it unless a newer picture is already shown.
     */
    static final class Follower<S> {

        private final Consumer<Runnable> underLock;
        private final Supplier<S> read;
        private final ToLongFunction<S> versionOf;
        private final Consumer<S> apply;
        private volatile long shown = Long.MIN_VALUE;
        private boolean dirty;
        private boolean running;
        private boolean stopped;
        private ScheduledFuture<?> pending;
        private Runnable unsubscribe = () -> {};
        /** Events dropped because the screen already showed a newer version (read by tests). */
        final AtomicInteger ignored = new AtomicInteger();
        /** Pictures read (read by tests). */
        final AtomicInteger reads = new AtomicInteger();

        Follower(Consumer<Runnable> underLock, Supplier<S> read, ToLongFunction<S> versionOf, Consumer<S> apply) {
            this.underLock = underLock;
            this.read = read;
            this.versionOf = versionOf;
            this.apply = apply;
        }

        /** An event of the session: ignored when older than what is shown, else a refresh (answers gathered first). */
        void take(SessionEvents.Event event) {
            if (event.version() < shown) {
                ignored.incrementAndGet();
                return;
            }
            boolean roomChange = event.kind() != SessionEvents.Kind.ANSWER && event.kind() != SessionEvents.Kind.JOINED;
            wake(roomChange ? 0 : ANSWER_BATCH_MS);
        }

        /** Asks for a refresh after {@code delayMs}; sooner if one is already waiting longer. */
        synchronized void wake(long delayMs) {
            if (stopped) {
                return;
            }
            dirty = true;
            if (running) {
                return; // the refresh in flight reads again when it is done
            }
            if (pending != null) {
                if (delayMs >= pending.getDelay(TimeUnit.MILLISECONDS) || !pending.cancel(false)) {
                    return;
                }
            }
            pending = TIMER.schedule(() -> Thread.ofVirtual().start(this::drain), delayMs, TimeUnit.MILLISECONDS);
        }

        /** What the screen shows now, when it applied a picture itself (its first, or after the user's own action). */
        void shown(long version) {
            if (version > shown) {
                shown = version;
            }
        }

        long shownVersion() {
            return shown;
        }

        /** Stops following: the screen left, or its first picture was refused. */
        void cancel() {
            unsubscribe.run();
            synchronized (this) {
                stopped = true;
                if (pending != null) {
                    pending.cancel(false);
                }
            }
        }

        private void drain() {
            synchronized (this) {
                pending = null;
                running = true;
            }
            try {
                while (true) {
                    synchronized (this) {
                        if (!dirty || stopped) {
                            running = false;
                            return;
                        }
                        dirty = false;
                    }
                    S picture;
                    try {
                        reads.incrementAndGet();
                        picture = read.get();
                    } catch (RuntimeException e) {
                        log.warn("A live screen could not read its session: {}", e.toString());
                        continue;
                    }
                    underLock.accept(() -> offer(picture));
                }
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    running = false;
                }
                throw e;
            }
        }

        /** Under the lock: applies the picture unless the screen already shows a newer one. */
        private void offer(S picture) {
            long version = versionOf.applyAsLong(picture);
            if (version < shown) {
                return;
            }
            shown = version;
            apply.accept(picture);
        }
    }
}
