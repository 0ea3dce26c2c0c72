package org.boundarylab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@BoundaryLabTest
class LiveSessionsTest {

    static final String MARY = "mary-after-hours";
    static final String DANIEL = "daniel-school-counsellor";

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionParticipation participation;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    UserSummary sue;
    UserSummary ann;

    @BeforeEach
    void users() {
        sue = users.ensure("sue", Role.SUPERVISOR);
        users.ensure("sid", Role.SUPERVISOR);
        ann = users.ensure("ann", Role.TRAINEE);
        users.ensure("ben", Role.TRAINEE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void as(String username, Role role) {
        org.boundarylab.account.SignIn.as(username, role);
    }

    /** Signed in from an address of their own (the join throttle counts tries per address too). */
    static void asFrom(String username, Role role, String address) {
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                username,
                null,
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
        auth.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(address, null));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    private LiveSession create(FeedbackMode mode, boolean anyone, Set<Long> cohort) {
        as("sue", Role.SUPERVISOR);
        return sessions.create("Seminar " + mode, List.of(MARY, DANIEL), mode, anyone, cohort);
    }

    private static Judgment none(String segment) {
        return new Judgment(segment, Set.of(), List.of(), "An ordinary moment.", 2);
    }

    @Test
    void wrong_join_codes_are_audited_and_slowed_down_per_account() {
        LiveSession s = create(FeedbackMode.IMMEDIATE, true, Set.of());
        users.ensure("gus", Role.TRAINEE);
        as("gus", Role.TRAINEE);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> participation.join("QQQQQQ"))
                    .isInstanceOf(SessionException.class)
                    .hasMessageContaining("No open session has the code");
        }
        assertThatThrownBy(() -> participation.join(s.joinCode()))
                .as("even the right code waits now")
                .isInstanceOf(SessionException.class)
                .hasMessageContaining("Too many wrong codes");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor = 'gus' and action = 'JOIN_CODE_WRONG' and detail like ?")
                        .param("typed 'QQQQQQ'%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'gus' and action = 'JOIN_THROTTLED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void opening_revealing_and_closing_are_audited_and_another_supervisors_session_is_refused_with_a_record() {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, true, Set.of());
        sessions.reveal(s.id());
        sessions.close(s.id());
        assertThat(jdbc.sql("select action from audit_event where actor = 'sue' and detail like ? order by id")
                        .param("session " + s.id() + "%")
                        .query(String.class)
                        .list())
                .containsExactly("SESSION_OPENED", "SESSION_REVEALED", "SESSION_CLOSED");
        as("sid", Role.SUPERVISOR);
        assertThatThrownBy(() -> sessions.reveal(s.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor = 'sid' and action = 'ACCESS_DENIED' and detail like ?")
                        .param("%session " + s.id() + ", which is not theirs")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_session_name_with_a_direction_override_is_refused() {
        as("sue", Role.SUPERVISOR);
        assertThatThrownBy(() ->
                        sessions.create("Seminar \u202Eevil", List.of(MARY), FeedbackMode.IMMEDIATE, true, Set.of()))
                .isInstanceOf(SessionException.class)
                .hasMessageStartingWith("Name:");
    }

    @Test
    void a_session_gets_a_short_unambiguous_code_that_expires_on_close_and_is_replaced_on_reopen() {
        LiveSession s = create(FeedbackMode.IMMEDIATE, true, Set.of());
        assertThat(s.joinCode()).hasSize(JoinCodes.LENGTH).matches("[" + JoinCodes.ALPHABET + "]+");
        assertThat(s.vignettes())
                .extracting(LiveSession.SessionVignette::vignetteId)
                .containsExactly(MARY, DANIEL);
        LiveSession closed = sessions.close(s.id());
        assertThat(closed.state()).isEqualTo(SessionState.CLOSED);
        assertThat(closed.code()).isEmpty();
        as("ann", Role.TRAINEE);
        assertThatThrownBy(() -> participation.join(s.joinCode()))
                .isInstanceOf(SessionException.class)
                .hasMessageContaining("No open session");
        as("sue", Role.SUPERVISOR);
        LiveSession reopened = sessions.reopen(s.id());
        assertThat(reopened.joinCode()).isNotNull().isNotEqualTo(s.joinCode());
        as("ann", Role.TRAINEE);
        assertThat(participation.join(" " + reopened.joinCode().toLowerCase() + " "))
                .isEqualTo(s.id());
    }

    @Test
    void only_the_picked_cohort_may_join_a_closed_group_and_rejoining_resumes_where_they_were() {
        LiveSession s = create(FeedbackMode.IMMEDIATE, false, Set.of(ann.id()));
        as("ben", Role.TRAINEE);
        assertThatThrownBy(() -> participation.join(s.joinCode())).hasMessageContaining("invited group");
        assertThatThrownBy(() -> participation.where(s.id())).isInstanceOf(AccessDeniedException.class);
        as("ann", Role.TRAINEE);
        participation.join(s.joinCode());
        SessionStep step = participation.where(s.id());
        assertThat(step.kind()).isEqualTo(SessionStep.Kind.JUDGE);
        long attempt = step.attempt().orElseThrow().attemptId();
        SessionAnswer answer = participation.submit(s.id(), attempt, none("s1"));
        assertThat(answer.feedbackVisible()).isTrue();
        participation.join(s.joinCode());
        SessionStep again = participation.where(s.id());
        assertThat(again.attempt().orElseThrow().attemptId()).isEqualTo(attempt);
        assertThat(again.attempt().orElseThrow().nextSegment().orElseThrow().id())
                .isEqualTo("s2");
    }

    @Test
    void deferred_mode_withholds_feedback_and_paused_or_closed_sessions_take_no_answers() {
        LiveSession s = create(FeedbackMode.DEFERRED, true, Set.of());
        as("ann", Role.TRAINEE);
        participation.join(s.joinCode());
        long attempt = participation.where(s.id()).attempt().orElseThrow().attemptId();
        SessionAnswer answer = participation.submit(s.id(), attempt, none("s1"));
        assertThat(answer.feedbackVisible()).isFalse();
        assertThat(answer.answered().assessment().score())
                .as("stored and scored all the same")
                .isEqualTo(2.0);
        as("sue", Role.SUPERVISOR);
        sessions.pause(s.id());
        as("ann", Role.TRAINEE);
        SessionStep paused = participation.where(s.id());
        assertThat(paused.paused())
                .as("a pause holds the step, it does not replace it")
                .isTrue();
        assertThat(paused.kind()).isEqualTo(SessionStep.Kind.JUDGE);
        assertThatThrownBy(() -> participation.submit(s.id(), attempt, none("s2")))
                .isInstanceOf(SessionPaused.class)
                .hasMessageContaining("paused");
        as("sue", Role.SUPERVISOR);
        sessions.close(s.id());
        as("ann", Role.TRAINEE);
        assertThat(participation.where(s.id()).kind()).isEqualTo(SessionStep.Kind.CLOSED);
        assertThatThrownBy(() -> participation.submit(s.id(), attempt, none("s2")))
                .hasMessageContaining("closed");
    }

    @Test
    void in_reveal_mode_the_room_moves_together_and_feedback_waits_for_the_reveal() {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, true, Set.of());
        as("ann", Role.TRAINEE);
        participation.join(s.joinCode());
        long attempt = participation.where(s.id()).attempt().orElseThrow().attemptId();
        SessionAnswer first = participation.submit(s.id(), attempt, none("s1"));
        assertThat(first.feedbackVisible()).isFalse();
        assertThat(participation.where(s.id()).kind()).isEqualTo(SessionStep.Kind.WAIT_FOR_ROOM);
        assertThatThrownBy(() -> participation.submit(s.id(), attempt, none("s2")))
                .hasMessageContaining("not reached");
        as("sue", Role.SUPERVISOR);
        Dashboard before = sessions.dashboard(s.id());
        assertThat(before.distribution().answered()).isEqualTo(1);
        assertThat(before.distribution().none()).isEqualTo(1);
        assertThat(before.revealed()).isFalse();
        sessions.reveal(s.id());
        assertThat(sessions.dashboard(s.id()).revealed()).isTrue();
        as("ann", Role.TRAINEE);
        assertThat(participation.feedbackVisible(s.id(), MARY, "s1")).isTrue();
        as("sue", Role.SUPERVISOR);
        sessions.next(s.id());
        as("ann", Role.TRAINEE);
        assertThat(participation.where(s.id()).kind()).isEqualTo(SessionStep.Kind.JUDGE);
        assertThat(participation.submit(s.id(), attempt, none("s2")).feedbackVisible())
                .isFalse();
    }

    @Test
    void a_supervisor_runs_only_their_own_sessions_and_a_trainee_none() {
        LiveSession s = create(FeedbackMode.IMMEDIATE, true, Set.of());
        as("sid", Role.SUPERVISOR);
        assertThatThrownBy(() -> sessions.dashboard(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.close(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.mine()).noneMatch(x -> x.id() == s.id());
        as("ann", Role.TRAINEE);
        assertThatThrownBy(() -> sessions.dashboard(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.create("Mine", List.of(MARY), FeedbackMode.IMMEDIATE, true, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        as("admin-like", Role.ADMIN);
    }

    @Test
    void bad_requests_are_refused_in_words() {
        as("sue", Role.SUPERVISOR);
        assertThatThrownBy(() -> sessions.create(" ", List.of(MARY), FeedbackMode.IMMEDIATE, true, Set.of()))
                .hasMessageStartingWith("Name:");
        assertThatThrownBy(() -> sessions.create("X", List.of(), FeedbackMode.IMMEDIATE, true, Set.of()))
                .hasMessageStartingWith("Cases:");
        assertThatThrownBy(() -> sessions.create("X", List.of("nope"), FeedbackMode.IMMEDIATE, true, Set.of()))
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> sessions.create("X", List.of(MARY), FeedbackMode.IMMEDIATE, false, Set.of()))
                .hasMessageStartingWith("Cohort:");
    }

    @Test
    void a_hundred_trainees_submitting_the_same_segment_at_once_store_exactly_one_judgment_each() throws Exception {
        LiveSession s = create(FeedbackMode.IMMEDIATE, true, Set.of());
        int trainees = 100;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            names.add("load-" + i);
            users.ensure("load-" + i, Role.TRAINEE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> done = new ArrayList<>();
        for (String name : names) {
            // the whole room behind one address, as a seminar room is: right codes in flight do not count
            // against it (only wrong ones do), so 200 joins at once are not throttled
            String address = "10.0.0.1";
            Callable<Boolean> trainee = () -> {
                asFrom(name, Role.TRAINEE, address);
                participation.join(s.joinCode());
                long attempt =
                        participation.where(s.id()).attempt().orElseThrow().attemptId();
                go.await();
                boolean secrecy = name.hashCode() % 3 == 0;
                Judgment j = new Judgment(
                        "s1",
                        secrecy ? Set.of(Characteristic.SECRECY) : Set.of(),
                        List.of(),
                        "These are my reasons.",
                        1);
                participation.submit(s.id(), attempt, j);
                participation.submit(s.id(), attempt, j); // a double click, or a retry after a lost response
                return true;
            };
            done.add(pool.submit(trainee));
            done.add(pool.submit(() -> {
                asFrom(name, Role.TRAINEE, address);
                participation.join(s.joinCode()); // the same trainee in a second tab
                return true;
            }));
        }
        Thread.sleep(200);
        go.countDown();
        for (Future<Boolean> f : done) {
            assertThat(f.get()).isTrue();
        }
        pool.shutdown();
        int stored = jdbc.sql("select count(*) from judgment j join attempt a on a.id = j.attempt_id "
                        + "where a.session_id = ? and j.segment_id = 's1'")
                .param(s.id())
                .query(Integer.class)
                .single();
        int secrecy = jdbc.sql("select count(*) from judgment j join attempt a on a.id = j.attempt_id "
                        + "where a.session_id = ? and j.segment_id = 's1' and j.marked = 'SECRECY'")
                .param(s.id())
                .query(Integer.class)
                .single();
        int attempts = jdbc.sql("select count(*) from attempt where session_id = ?")
                .param(s.id())
                .query(Integer.class)
                .single();
        assertThat(stored).isEqualTo(trainees);
        assertThat(attempts).isEqualTo(trainees);
        as("sue", Role.SUPERVISOR);
        Dashboard dashboard = sessions.dashboard(s.id());
        assertThat(dashboard.distribution().answered()).isEqualTo(stored);
        assertThat(dashboard.distribution().joined()).isEqualTo(trainees);
        assertThat(dashboard.distribution().count(Characteristic.SECRECY)).isEqualTo(secrecy);
        assertThat(dashboard.distribution().none()).isEqualTo(trainees - secrecy);
        assertThat(dashboard.trainees()).hasSize(trainees).allMatch(Dashboard.TraineeRow::answeredFocus);
    }
}
