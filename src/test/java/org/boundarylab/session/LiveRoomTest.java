package org.boundarylab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.boundarylab.session.LiveSessionsTest.as;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The room as one: versions, where everyone is, and the discussion after a reveal. */
@BoundaryLabTest
class LiveRoomTest {

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionParticipation participation;

    @Autowired
    SessionEvents events;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        users.ensure("rita", Role.SUPERVISOR);
        users.ensure("rolf", Role.SUPERVISOR);
        users.ensure("tom", Role.TRAINEE);
        users.ensure("tia", Role.TRAINEE);
        users.ensure("ted", Role.TRAINEE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private LiveSession create(FeedbackMode mode, String... cases) {
        as("rita", Role.SUPERVISOR);
        return sessions.create("Room " + mode + " " + System.nanoTime(), List.of(cases), mode, true, Set.of());
    }

    private long join(String trainee, LiveSession s) {
        as(trainee, Role.TRAINEE);
        participation.join(s.joinCode());
        return participation.where(s.id()).attempt().orElseThrow().attemptId();
    }

    private void answer(
            String trainee, LiveSession s, long attempt, String segment, Set<Characteristic> marked, String why) {
        as(trainee, Role.TRAINEE);
        participation.submit(s.id(), attempt, new Judgment(segment, marked, List.of(), why, 2));
    }

    @Test
    void every_change_to_the_room_counts_the_version_up_and_its_event_carries_it() {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, LiveSessionsTest.MARY);
        List<SessionEvents.Event> seen = new CopyOnWriteArrayList<>();
        SessionEvents.Subscription sub = events.subscribe(s.id(), SessionEvents.Kind.ALL, seen::add);
        try {
            long attempt = join("tom", s);
            answer("tom", s, attempt, "s1", Set.of(), "Nothing here crosses a line.");
            as("rita", Role.SUPERVISOR);
            long v0 = s.version();
            assertThat(sessions.pause(s.id()).version()).isEqualTo(v0 + 1);
            assertThat(sessions.resume(s.id()).version()).isEqualTo(v0 + 2);
            assertThat(sessions.reveal(s.id()).version()).isEqualTo(v0 + 3);
            assertThat(sessions.next(s.id()).version()).isEqualTo(v0 + 4);
            assertThat(sessions.previous(s.id()).version()).isEqualTo(v0 + 5);
            assertThat(sessions.close(s.id()).version()).isEqualTo(v0 + 6);
            assertThat(sessions.reopen(s.id()).version()).isEqualTo(v0 + 7);
            // on PostgreSQL the events come back through LISTEN/NOTIFY, a few milliseconds later
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(2))
                    .until(() -> seen.size() >= 9);
            assertThat(seen)
                    .extracting(SessionEvents.Event::kind)
                    .containsExactly(
                            SessionEvents.Kind.JOINED,
                            SessionEvents.Kind.ANSWER,
                            SessionEvents.Kind.STATE,
                            SessionEvents.Kind.STATE,
                            SessionEvents.Kind.REVEALED,
                            SessionEvents.Kind.MOVED,
                            SessionEvents.Kind.MOVED,
                            SessionEvents.Kind.STATE,
                            SessionEvents.Kind.STATE);
            assertThat(seen.subList(2, seen.size()))
                    .extracting(SessionEvents.Event::version)
                    .containsExactly(v0 + 1, v0 + 2, v0 + 3, v0 + 4, v0 + 5, v0 + 6, v0 + 7);
            assertThat(sessions.dashboard(s.id()).version()).isEqualTo(v0 + 7);
            as("tom", Role.TRAINEE);
            assertThat(participation.where(s.id()).version()).isEqualTo(v0 + 7);
        } finally {
            sub.cancel();
        }
    }

    @Test
    void pause_and_resume_are_audited_like_close_and_reopen() {
        LiveSession s = create(FeedbackMode.IMMEDIATE, LiveSessionsTest.MARY);
        sessions.pause(s.id());
        sessions.resume(s.id());
        sessions.close(s.id());
        sessions.reopen(s.id());
        assertThat(jdbc.sql("select action from audit_event where actor = 'rita' and detail like ? order by id")
                        .param("session " + s.id() + " %")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "SESSION_OPENED", "SESSION_PAUSED", "SESSION_RESUMED", "SESSION_CLOSED", "SESSION_REOPENED");
    }

    @Test
    void the_dashboard_says_where_each_trainee_is_in_words_that_match_the_room() {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, LiveSessionsTest.MARY, LiveSessionsTest.DANIEL);
        long tom = join("tom", s);
        join("tia", s);
        users.ensure("nobody-yet", Role.TRAINEE);
        answer("tom", s, tom, "s1", Set.of(), "Nothing here crosses a line.");
        as("rita", Role.SUPERVISOR);
        Dashboard d = sessions.dashboard(s.id());
        assertThat(d.trainees())
                .extracting(Dashboard.TraineeRow::name, Dashboard.TraineeRow::position)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                users.ensure("tom", Role.TRAINEE).displayName(), "Case 1 · answered segment 1 of 6"),
                        org.assertj.core.groups.Tuple.tuple(
                                users.ensure("tia", Role.TRAINEE).displayName(), "Case 1 · segment 1 of 6"));
        sessions.next(s.id());
        d = sessions.dashboard(s.id());
        assertThat(d.trainees())
                .extracting(Dashboard.TraineeRow::position)
                .containsExactlyInAnyOrder("Case 1 · segment 2 of 6", "Case 1 · segment 1 of 6");
        assertThat(d.whereTheRoomIs()).isEqualTo("Case 1 of 2 · segment 2 of 6");
    }

    @Test
    void a_trainee_sees_where_the_room_is_and_a_pause_holds_their_step_without_letting_them_ahead() {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, LiveSessionsTest.MARY, LiveSessionsTest.DANIEL);
        long attempt = join("tom", s);
        SessionStep step = participation.where(s.id());
        assertThat(step.room().where()).isEqualTo("Case 1 of 2 · segment 1 of 6");
        assertThat(step.room().focusRevealed()).isFalse();
        answer("tom", s, attempt, "s1", Set.of(), "Nothing here crosses a line.");
        as("rita", Role.SUPERVISOR);
        sessions.reveal(s.id());
        sessions.pause(s.id());
        as("tom", Role.TRAINEE);
        step = participation.where(s.id());
        assertThat(step.paused()).isTrue();
        assertThat(step.kind()).as("paused, and still not ahead of the room").isEqualTo(SessionStep.Kind.WAIT_FOR_ROOM);
        assertThat(step.room().focusRevealed()).isTrue();
        assertThat(step.room().revealedInCase()).containsExactly("s1");
    }

    @Test
    void after_the_reveal_the_supervisor_picks_reasonings_for_the_projector_without_names() {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, LiveSessionsTest.MARY);
        long tom = join("tom", s);
        long tia = join("tia", s);
        long ted = join("ted", s);
        answer("tom", s, tom, "s1", Set.of(), "An ordinary first meeting, nothing more.");
        answer("tia", s, tia, "s1", Set.of(Characteristic.SECRECY), "The late hour already hides what happens.");
        answer("ted", s, ted, "s1", Set.of(Characteristic.ROLE_REVERSAL), "She seems to look after him a little.");
        as("rita", Role.SUPERVISOR);
        Dashboard before = sessions.dashboard(s.id());
        assertThat(before.reasonings())
                .as("nothing before the reveal: no one's words lead the room")
                .isEmpty();
        long anyJudgment = jdbc.sql(
                        "select j.id from judgment j join attempt a on a.id = j.attempt_id where a.session_id = ? "
                                + "order by j.id")
                .param(s.id())
                .query(Long.class)
                .list()
                .get(0);
        assertThatThrownBy(() -> sessions.discuss(s.id(), anyJudgment, true))
                .isInstanceOf(SessionException.class)
                .hasMessageContaining("Reveal the key first");

        sessions.reveal(s.id());
        Dashboard revealed = sessions.dashboard(s.id());
        assertThat(revealed.reasonings())
                .extracting(Dashboard.Reasoning::rationale)
                .containsExactlyInAnyOrder(
                        "An ordinary first meeting, nothing more.",
                        "The late hour already hides what happens.",
                        "She seems to look after him a little.");
        assertThat(Dashboard.Reasoning.class.getRecordComponents())
                .extracting(c -> c.getName())
                .as("no name and no trainee id travel with a reasoning")
                .doesNotContain("traineeId", "name", "trainee");
        long secrecy = revealed.reasonings().stream()
                .filter(r -> r.marked().contains(Characteristic.SECRECY))
                .findFirst()
                .orElseThrow()
                .judgmentId();
        long ordinary = revealed.reasonings().stream()
                .filter(r -> r.marked().isEmpty())
                .findFirst()
                .orElseThrow()
                .judgmentId();
        long v = revealed.version();
        sessions.discuss(s.id(), secrecy, true);
        sessions.discuss(s.id(), ordinary, true);
        Dashboard discussing = sessions.dashboard(s.id());
        assertThat(discussing.version()).isEqualTo(v + 2);
        assertThat(discussing.shown())
                .extracting(Dashboard.Reasoning::judgmentId)
                .containsExactly(secrecy, ordinary);
        sessions.discuss(s.id(), secrecy, false);
        assertThat(sessions.dashboard(s.id()).shown())
                .extracting(Dashboard.Reasoning::judgmentId)
                .containsExactly(ordinary);
        assertThat(jdbc.sql("select action from audit_event where actor = 'rita' and detail like ? order by id")
                        .param("session " + s.id() + ": judgment%")
                        .query(String.class)
                        .list())
                .containsExactly("SESSION_REASONING_SHOWN", "SESSION_REASONING_SHOWN", "SESSION_REASONING_HIDDEN");

        sessions.next(s.id());
        assertThat(sessions.dashboard(s.id()).shown())
                .as("picks belong to their segment")
                .isEmpty();
        sessions.previous(s.id());
        assertThat(sessions.dashboard(s.id()).shown())
                .extracting(Dashboard.Reasoning::judgmentId)
                .containsExactly(ordinary);
    }

    @Test
    void the_projector_takes_at_most_three_and_only_this_segments_reasonings_of_this_session() {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, LiveSessionsTest.MARY);
        LiveSession other = create(FeedbackMode.SUPERVISOR_REVEAL, LiveSessionsTest.MARY);
        users.ensure("tess", Role.TRAINEE);
        for (String t : List.of("tom", "tia", "ted", "tess")) {
            answer(t, s, join(t, s), "s1", Set.of(), "Nothing in this moment crosses a line.");
        }
        long elsewhere = join("tom", other);
        answer("tom", other, elsewhere, "s1", Set.of(), "A judgment in another room entirely.");
        as("rita", Role.SUPERVISOR);
        sessions.reveal(s.id());
        sessions.reveal(other.id());
        List<Dashboard.Reasoning> room = sessions.dashboard(s.id()).reasonings();
        assertThat(room).hasSize(4);
        for (int i = 0; i < LiveSessions.MAX_PICKS; i++) {
            sessions.discuss(s.id(), room.get(i).judgmentId(), true);
        }
        assertThatThrownBy(() -> sessions.discuss(s.id(), room.get(3).judgmentId(), true))
                .isInstanceOf(SessionException.class)
                .hasMessageContaining("at most 3");
        long otherJudgment = sessions.dashboard(other.id()).reasonings().get(0).judgmentId();
        assertThatThrownBy(() -> sessions.discuss(s.id(), otherJudgment, true))
                .isInstanceOf(SessionException.class)
                .hasMessageContaining("not one of this segment's");
        as("rolf", Role.SUPERVISOR);
        assertThatThrownBy(() -> sessions.discuss(s.id(), room.get(3).judgmentId(), true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
