package org.boundarylab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Who is told of a change: only that session's screens, only those that follow that kind, with the version. */
class SessionEventsTest {

    final SessionEvents events = new SessionEvents();
    final List<String> told = new CopyOnWriteArrayList<>();

    @Test
    void an_answer_wakes_that_sessions_dashboards_but_no_trainee_screen_and_no_other_session() {
        events.subscribe(1, SessionEvents.Kind.ALL, e -> told.add("dashboard 1"));
        events.subscribe(1, SessionEvents.Kind.ROOM, e -> told.add("trainee 1"));
        events.subscribe(2, SessionEvents.Kind.ALL, e -> told.add("dashboard 2"));
        events.subscribe(2, SessionEvents.Kind.ROOM, e -> told.add("trainee 2"));

        events.publish(1, SessionEvents.Kind.ANSWER, 0);
        assertThat(told).containsExactly("dashboard 1");

        told.clear();
        events.publish(1, SessionEvents.Kind.MOVED, 1);
        assertThat(told).containsExactlyInAnyOrder("dashboard 1", "trainee 1");

        told.clear();
        events.publish(1, SessionEvents.Kind.DISCUSSION, 2);
        assertThat(told)
                .as("a pick for the projector is none of the trainees' business")
                .containsExactly("dashboard 1");
        assertThat(events.listenerCount(1, SessionEvents.Kind.ANSWER)).isEqualTo(1);
        assertThat(events.listenerCount(1, SessionEvents.Kind.STATE)).isEqualTo(2);
    }

    @Test
    void events_carry_the_version_and_an_answer_is_never_tagged_older_than_a_change_already_announced() {
        List<SessionEvents.Event> seen = new CopyOnWriteArrayList<>();
        events.subscribe(7, SessionEvents.Kind.ALL, seen::add);
        events.publish(7, SessionEvents.Kind.MOVED, 5);
        // the trainee's submit read the session at version 4, before the move committed
        events.publish(7, SessionEvents.Kind.ANSWER, 4);
        events.publish(7, SessionEvents.Kind.JOINED, 4);
        assertThat(seen).extracting(SessionEvents.Event::version).containsExactly(5L, 5L, 5L);
        assertThat(seen)
                .extracting(SessionEvents.Event::kind)
                .containsExactly(SessionEvents.Kind.MOVED, SessionEvents.Kind.ANSWER, SessionEvents.Kind.JOINED);
    }

    @Test
    void a_cancelled_subscription_hears_nothing_more_and_leaves_nothing_behind() {
        SessionEvents.Subscription s = events.subscribe(3, SessionEvents.Kind.ALL, e -> told.add("screen"));
        s.cancel();
        events.publish(3, SessionEvents.Kind.STATE, 1);
        assertThat(told).isEmpty();
        assertThat(events.listenerCount(3, SessionEvents.Kind.STATE)).isZero();
    }
}
