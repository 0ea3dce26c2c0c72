package org.boundarylab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.OutcomeKind;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class AttemptServiceTest {

    static final String MARY = "mary-after-hours";

    @Autowired
    AttemptService attempts;

    @Autowired
    JudgmentRecordRepository judgments;

    @Autowired
    AttemptRepository attemptRows;

    @Autowired
    TestUsers users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void users() {
        users.ensure("ann", Role.TRAINEE);
        users.ensure("ben", Role.TRAINEE);
        users.ensure("sue", Role.SUPERVISOR);
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void a_judgment_is_stored_before_its_feedback_is_returned() {
        AttemptState state = attempts.startNew(MARY);
        AnsweredSegment answered = attempts.submit(
                state.attemptId(), new Judgment("s1", Set.of(), List.of(), "She idealises him, that is normal.", 2));
        // committed, read back through another connection, the moment the feedback is in hand
        assertThat(jdbc.sql("select score from judgment where attempt_id = ? and segment_id = 's1'")
                        .param(state.attemptId())
                        .query(Double.class)
                        .single())
                .isEqualTo(answered.assessment().score())
                .isEqualTo(2.0);
        assertThat(answered.assessment().ruleBaseVersion()).startsWith("rb-");
        assertThat(attempts.get(state.attemptId()).answered()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void no_feedback_is_returned_for_a_judgment_that_could_not_be_stored() {
        AttemptState state = attempts.startNew(MARY);
        // the database refuses this one row: if feedback came before (or apart from) storing, it would still arrive
        jdbc.sql(
                        "alter table judgment add constraint refuse_for_test check (rationale <> 'The database refuses this reasoning.')")
                .update();
        try {
            assertThatThrownBy(() -> attempts.submit(
                            state.attemptId(),
                            new Judgment("s1", Set.of(), List.of(), "The database refuses this reasoning.", 2)))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.sql("alter table judgment drop constraint refuse_for_test").update();
        }
        assertThat(judgments.findByAttemptId(state.attemptId())).isEmpty();
        AnsweredSegment answered = attempts.submit(
                state.attemptId(), new Judgment("s1", Set.of(), List.of(), "She idealises him, that is normal.", 2));
        assertThat(answered.assessment().score()).isEqualTo(2.0);
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void submitting_the_same_segment_twice_stores_one_judgment_and_returns_the_first_answer() {
        AttemptState state = attempts.startNew(MARY);
        attempts.submit(state.attemptId(), new Judgment("s1", Set.of(), List.of(), "These are my reasons.", 1));
        AnsweredSegment again = attempts.submit(
                state.attemptId(),
                new Judgment("s1", Set.of(Characteristic.SECRECY), List.of(), "These are my reasons.", 3));
        assertThat(again.judgment().marked()).isEmpty();
        assertThat(judgments.findByAttemptId(state.attemptId())).hasSize(1);
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void segments_are_judged_in_order() {
        AttemptState state = attempts.startNew(MARY);
        assertThatThrownBy(() -> attempts.submit(
                        state.attemptId(), new Judgment("s3", Set.of(), List.of(), "These are my reasons.", 1)))
                .isInstanceOf(AttemptException.class)
                .hasMessageContaining("next one is s1");
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void a_whole_case_completes_the_attempt_and_leaving_and_coming_back_resumes_it() {
        AttemptState state = attempts.startNew(MARY);
        attempts.submit(state.attemptId(), new Judgment("s1", Set.of(), List.of(), "These are my reasons.", 2));
        AttemptState resumed = attempts.startOrResume(MARY);
        assertThat(resumed.attemptId()).isEqualTo(state.attemptId());
        assertThat(resumed.nextSegment().orElseThrow().id()).isEqualTo("s2");
        for (String s : List.of("s2", "s3", "s4", "s5", "s6")) {
            attempts.submit(
                    state.attemptId(),
                    new Judgment(s, Set.of(Characteristic.SECRECY), List.of(), "These are my reasons.", 1));
        }
        AttemptState judged = attempts.get(state.attemptId());
        assertThat(judged.completed()).as("the recall question still waits").isFalse();
        assertThat(judged.awaitsAnswer()).isTrue();
        AnsweredQuestion answer =
                attempts.answerQuestion(state.attemptId(), "Secrecy, role reversal, and transference.");
        assertThat(answer.assessment().named())
                .containsExactlyInAnyOrder(Characteristic.SECRECY, Characteristic.ROLE_REVERSAL);
        assertThat(answer.assessment().score()).isEqualTo(1.5);
        AttemptState done = attempts.get(state.attemptId());
        assertThat(done.completed()).isTrue();
        assertThat(done.answered()).hasSize(6);
        assertThat(done.knowledge()).isPresent();
        assertThat(done.answered().get(3).assessment().outcomes().get(Characteristic.SECRECY))
                .isEqualTo(OutcomeKind.HIT);
        assertThat(done.maxScore()).isEqualTo(22.0);
        assertThat(attempts.startOrResume(MARY).attemptId()).isNotEqualTo(state.attemptId());
        assertThat(attempts.myAttempts()).anyMatch(a -> a.attemptId() == state.attemptId() && a.completed());
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void the_question_waits_until_every_segment_is_judged() {
        AttemptState state = attempts.startNew(MARY);
        assertThatThrownBy(() -> attempts.answerQuestion(state.attemptId(), "secrecy"))
                .isInstanceOf(AttemptException.class)
                .hasMessageContaining("after every segment");
        assertThatThrownBy(() -> attempts.answerQuestion(state.attemptId(), "  "))
                .isInstanceOf(AttemptException.class)
                .hasMessageStartingWith("Answer:");
    }

    @Test
    void a_trainee_cannot_read_or_continue_another_trainees_attempt() {
        signIn("ann", Role.TRAINEE);
        long annsAttempt = attempts.startNew(MARY).attemptId();
        signIn("ben", Role.TRAINEE);
        assertThatThrownBy(() -> attempts.get(annsAttempt)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.submit(
                        annsAttempt, new Judgment("s1", Set.of(), List.of(), "These are my reasons.", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.answerQuestion(annsAttempt, "secrecy"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attempts.myAttempts()).noneMatch(a -> a.attemptId() == annsAttempt);
        assertThat(judgments.findByAttemptId(annsAttempt)).isEmpty();
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void a_supervisor_can_take_a_case_as_a_trainee_would() {
        AttemptState state = attempts.startNew(MARY);
        assertThat(attempts.submit(
                                state.attemptId(), new Judgment("s1", Set.of(), List.of(), "These are my reasons.", 1))
                        .assessment()
                        .score())
                .isEqualTo(1.0);
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void an_overlong_rationale_is_refused_with_a_message_and_nothing_is_stored() {
        AttemptState state = attempts.startNew(MARY);
        assertThatThrownBy(() -> attempts.submit(
                        state.attemptId(), new Judgment("s1", Set.of(), List.of(), "x".repeat(5000), 1)))
                .isInstanceOf(AttemptException.class)
                .hasMessageStartingWith("Rationale:");
        assertThat(judgments.findByAttemptId(state.attemptId())).isEmpty();
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void a_judgment_without_a_few_words_of_reasoning_is_refused_on_the_server_and_nothing_is_stored() {
        AttemptState state = attempts.startNew(MARY);
        for (String reasoning : List.of("", "   ", "Too short.", "...!")) {
            assertThatThrownBy(() ->
                            attempts.submit(state.attemptId(), new Judgment("s1", Set.of(), List.of(), reasoning, 1)))
                    .isInstanceOfSatisfying(AttemptException.class, e -> {
                        assertThat(e).hasMessageStartingWith("Reasoning: write at least 3 words");
                        assertThat(e.field()).contains(AttemptException.RATIONALE);
                    });
        }
        assertThat(judgments.findByAttemptId(state.attemptId())).isEmpty();
        assertThat(attempts.submit(state.attemptId(), new Judgment("s1", Set.of(), List.of(), "She admires him.", 1))
                        .assessment()
                        .feedback())
                .noneMatch(f -> f.code().equals("RATIONALE_MISSING"));
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> attempts.startNew(MARY))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void a_megabyte_of_rationale_is_refused_with_a_message_and_nothing_is_stored() {
        AttemptState state = attempts.startNew(MARY);
        String huge = "x".repeat(1_000_000);
        assertThatThrownBy(() -> attempts.submit(state.attemptId(), new Judgment("s1", Set.of(), List.of(), huge, 1)))
                .isInstanceOf(AttemptException.class)
                .hasMessageStartingWith("Rationale: keep it under");
        assertThatThrownBy(() -> attempts.submit(
                        state.attemptId(), new Judgment("s1", Set.of(), List.of(huge), "These are my reasons.", 1)))
                .isInstanceOf(AttemptException.class)
                .hasMessageStartingWith("Evidence:");
        assertThat(judgments.findByAttemptId(state.attemptId())).isEmpty();
    }
}
