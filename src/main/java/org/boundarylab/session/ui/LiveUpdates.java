package org.boundarylab.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.boundarylab.session.Dashboard;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a screen of a live session current. Events are handled off the thread that caused them (a
 * trainee's submit must not wait for a supervisor's dashboard), as the screen's own user, and a
 * burst of answers becomes one refresh. {@code prepare} runs outside the UI lock (it may query
 * the database) and returns the change to make under the lock, which push then carries home.
 */
final class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final long ANSWER_BATCH_MS = 300;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-updates").factory());

    private LiveUpdates() {
    }

    static void follow(Component screen, SessionEvents events, long sessionId,
            Function<SessionEvents.Event, Runnable> prepare) {
        AtomicBoolean answerPending = new AtomicBoolean();
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SecurityContext user = SecurityContextHolder.getContext();
            SessionEvents.Subscription subscription = events.subscribe(sessionId, event -> {
                if (event.kind() != SessionEvents.Kind.ANSWER) {
                    TIMER.execute(() -> handle(ui, user, prepare, event));
                } else if (answerPending.compareAndSet(false, true)) {
                    TIMER.schedule(() -> {
                        answerPending.set(false);
                        handle(ui, user, prepare, event);
                    }, ANSWER_BATCH_MS, TimeUnit.MILLISECONDS);
                }
            });
            screen.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
    }

    /** Shows a session's dashboard figures now and again whenever the session changes. */
    static void followDashboard(Component screen, LiveSessions sessions, SessionEvents events, long sessionId,
            java.util.function.Consumer<Dashboard> show) {
        show.accept(sessions.dashboard(sessionId));
        follow(screen, events, sessionId, e -> {
            Dashboard d = sessions.dashboard(sessionId);
            return () -> show.accept(d);
        });
    }

    private static void handle(UI ui, SecurityContext user, Function<SessionEvents.Event, Runnable> prepare,
            SessionEvents.Event event) {
        Thread.ofVirtual().start(() -> {
            SecurityContextHolder.setContext(user);
            try {
                Runnable change = prepare.apply(event);
                ui.access(change::run);
            } catch (RuntimeException e) {
                log.warn("A screen of session {} could not take an update: {}", event.sessionId(), e.toString());
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }
}
