package org.boundarylab.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the screens of a live session that something changed (an answer arrived, a trainee joined,
 * the supervisor revealed or moved on). Published after the change is committed, so a screen that
 * reloads on the event sees it. In memory: one node serves a session.
 */
@Component
public class SessionEvents {

    private static final Logger log = LoggerFactory.getLogger(SessionEvents.class);

    /** What changed. Screens reload what they show; the kind lets trainees ignore others' answers. */
    public enum Kind {
        ANSWER, JOINED, REVEALED, MOVED, STATE
    }

    public record Event(long sessionId, Kind kind) {
    }

    /** Undoes a subscription (screens call it when they detach). */
    public interface Subscription {
        void cancel();
    }

    private final Map<Long, List<Consumer<Event>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(long sessionId, Consumer<Event> listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(sessionId, List.of()).remove(listener);
    }

    void publish(long sessionId, Kind kind) {
        Event event = new Event(sessionId, kind);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    private void deliver(Event event) {
        for (Consumer<Event> listener : listeners.getOrDefault(event.sessionId(), List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A screen of session {} failed to take an update: {}", event.sessionId(), e.toString());
            }
        }
    }

    int listenerCount(long sessionId) {
        return listeners.getOrDefault(sessionId, List.of()).size();
    }
}
