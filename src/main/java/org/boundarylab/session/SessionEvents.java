package org.boundarylab.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells the screens of a live session that something changed (an answer arrived, a trainee joined,
 * the supervisor revealed, moved on, paused or picked a reasoning to discuss). Published after the
 * change is committed, so a screen that reloads on the event sees it. Only the screens of that
 * session, and of them only those that asked for that kind, are told. The screens are this node's;
 * the change reaches every node's through {@link RoomNotices} (PostgreSQL's LISTEN/NOTIFY when
 * several nodes share a database).
 */
@Component
public class SessionEvents implements RoomNotices.Receiver {

    private static final Logger log = LoggerFactory.getLogger(SessionEvents.class);

    /** What changed. Screens reload what they show; trainees' screens follow only the room. */
    public enum Kind {
        ANSWER,
        JOINED,
        REVEALED,
        MOVED,
        STATE,
        DISCUSSION;

        /** The kinds a trainee's screen follows: what the supervisor does to the room. */
        public static final Set<Kind> ROOM = Set.of(REVEALED, MOVED, STATE);

        public static final Set<Kind> ALL = Set.of(values());
    }

    /**
     * A change to a session. {@code version} is the session's version once the change is made; for
     * answers and joins (which do not change the room) it is the newest version known when published,
     * so it is never older than a room change already announced.
     */
    public record Event(long sessionId, Kind kind, long version) {}

    /** Undoes a subscription (screens call it when they detach). */
    public interface Subscription {
        void cancel();
    }

    private record Listener(Set<Kind> kinds, Consumer<Event> consumer) {}

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    /** The newest version announced per session, so answers are never tagged older than it. */
    private final Map<Long, Long> announced = new ConcurrentHashMap<>();

    private final RoomNotices notices;

    /** One node on its own (the unit tests'). */
    SessionEvents() {
        this(new LocalRoomNotices());
    }

    @Autowired
    SessionEvents(RoomNotices notices) {
        this.notices = notices;
        notices.start(this);
    }

    /** Follows one session's events of these kinds. */
    public Subscription subscribe(long sessionId, Set<Kind> kinds, Consumer<Event> listener) {
        Listener l = new Listener(Set.copyOf(kinds), listener);
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(l);
        return () -> listeners.computeIfPresent(sessionId, (id, list) -> {
            list.remove(l);
            return list.isEmpty() ? null : list;
        });
    }

    /** A change to the room at this version, announced to every node once its transaction (if any) commits. */
    void publish(long sessionId, Kind kind, long version) {
        notices.send(new Event(sessionId, kind, version));
    }

    /** A notice heard (from this node or another): this node's screens of that session are told. */
    @Override
    public void changed(Event change) {
        deliver(change.sessionId(), change.kind(), change.version());
    }

    /**
     * Notices may have been lost: every screen followed here re-reads its session, whatever version
     * it shows (the event is not remembered as announced, so later answers keep their true version).
     */
    @Override
    public void missedSome() {
        listeners.forEach((sessionId, list) -> {
            Event refresh = new Event(sessionId, Kind.STATE, Long.MAX_VALUE);
            list.forEach(l -> tell(l, refresh));
        });
    }

    private void deliver(long sessionId, Kind kind, long version) {
        long tagged = announced.merge(sessionId, version, Math::max);
        Event event = new Event(sessionId, kind, kind == Kind.ANSWER || kind == Kind.JOINED ? tagged : version);
        for (Listener listener : listeners.getOrDefault(sessionId, List.of())) {
            if (listener.kinds().contains(kind)) {
                tell(listener, event);
            }
        }
    }

    private static void tell(Listener listener, Event event) {
        try {
            listener.consumer().accept(event);
        } catch (RuntimeException e) {
            log.warn("A screen of session {} failed to take an update: {}", event.sessionId(), e.toString());
        }
    }

    /** How many screens would be told of this kind of change in this session (for tests). */
    public int listenerCount(long sessionId, Kind kind) {
        return (int) listeners.getOrDefault(sessionId, List.of()).stream()
                .filter(l -> l.kinds().contains(kind))
                .count();
    }
}
