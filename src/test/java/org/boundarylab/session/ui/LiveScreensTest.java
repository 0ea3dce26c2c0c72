package org.boundarylab.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.ConnectionWatchingDataSource;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.session.Dashboard;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionEvents;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.session.SessionState;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The session's screens without a browser: each follows the room by push (here the test drives
 * Vaadin's round trips), reads off the UI lock, and asks before what cannot be taken back. Every
 * database connection taken is noted ({@link ConnectionWatchingDataSource}): none may be taken by a
 * thread holding the UI's lock while a push is applied.
 */
@BoundaryLabTest
class LiveScreensTest extends SpringBrowserlessTest {

    static final String MARY = "mary-after-hours";
    static final String DANIEL = "daniel-school-counsellor";

    @Autowired
    SessionParticipation participation;

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionEvents events;

    @Autowired
    TestUsers users;
    /**
     * For each connection a push took: whether it held this UI's lock. Off the test's thread that is
     * the lock itself; on it, a connection taken while the queued ui.access tasks run is one under the lock.
     */
    final List<Boolean> pushedReadsUnderLock = new CopyOnWriteArrayList<>();

    static volatile boolean runningPushedTasks;
    Thread testThread;

    @BeforeEach
    void setUp() {
        users.ensure("vera", Role.SUPERVISOR);
        users.ensure("tam", Role.TRAINEE);
        users.ensure("tol", Role.TRAINEE);
        testThread = Thread.currentThread();
        VaadinSession session = VaadinSession.getCurrent();
        ConnectionWatchingDataSource.watch(thread -> note(session));
    }

    private void note(VaadinSession session) {
        if (Thread.currentThread() != testThread) {
            pushedReadsUnderLock.add(session.hasLock());
        } else if (runningPushedTasks) {
            pushedReadsUnderLock.add(true);
        }
    }

    @AfterEach
    void signOut() {
        ConnectionWatchingDataSource.unwatch();
        SecurityContextHolder.clearContext();
    }

    static void as(String username, Role role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Lets pushes arrive until the condition holds: the test's thread holds the session's lock (as a
     * request would), so the ui.access tasks queued by the screens' refreshes run here, then a round trip.
     */
    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            VaadinSession session = VaadinSession.getCurrent();
            runningPushedTasks = true;
            try {
                session.getService().runPendingAccessTasks(session);
            } finally {
                runningPushedTasks = false;
            }
            roundTrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The screen did not follow the room within 15 s");
            }
            Thread.sleep(20);
        }
    }

    private LiveSession create(FeedbackMode mode, String... cases) {
        as("vera", Role.SUPERVISOR);
        LiveSession s = sessions.create("Screens " + System.nanoTime(), List.of(cases), mode, true, Set.of());
        return s;
    }

    private long join(String trainee, LiveSession s) {
        as(trainee, Role.TRAINEE);
        participation.join(s.joinCode());
        return participation.where(s.id()).attempt().orElseThrow().attemptId();
    }

    private void asSupervisor(java.util.function.Consumer<LiveSessions> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        as("vera", Role.SUPERVISOR);
        try {
            action.accept(sessions);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private SessionCaseView openAsTrainee(String trainee, LiveSession s) {
        as(trainee, Role.TRAINEE);
        return navigate("session/" + s.id(), SessionCaseView.class);
    }

    private void fillIn(String card, String reasoning) {
        test($(Checkbox.class).id(card)).click();
        test($(TextArea.class).id("rationale")).setValue(reasoning);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> certainty = $(RadioButtonGroup.class).id("certainty");
        certainty.setValue(2);
    }

    private void submit() {
        test($(Button.class).id("submit-judgment")).click();
    }

    private static boolean inert(SessionCaseView view) {
        return view.getChildren().filter(c -> c != view.bar).allMatch(c -> c.getElement()
                .hasAttribute("inert"));
    }

    @Test
    void a_trainee_mid_segment_is_held_by_a_pause_keeps_what_they_typed_and_sees_the_room_move_on() throws Exception {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, MARY, DANIEL);
        long tol = join("tol", s);
        join("tam", s);
        SessionCaseView view = openAsTrainee("tam", s);
        assertThat(events.listenerCount(s.id(), SessionEvents.Kind.ANSWER))
                .as("no answer wakes a trainee's screen")
                .isZero();
        assertThat(events.listenerCount(s.id(), SessionEvents.Kind.MOVED)).isEqualTo(1);
        assertThat(view.bar.name.getText()).isEqualTo(s.name());
        assertThat(view.bar.mode.getText()).isEqualTo("Feedback when your supervisor reveals the key");
        assertThat(view.bar.position.getText()).isEqualTo("Case 1 of 2 · segment 1 of 6");
        test($(TextArea.class).id("rationale")).setValue("Half a thought, not sent yet");
        TextArea typed = $(TextArea.class).id("rationale");

        asSupervisor(x -> x.pause(s.id()));
        until(() -> view.bar.paused.getText().startsWith("Paused by your supervisor"));
        assertThat(inert(view))
                .as("nothing can be clicked or typed while paused")
                .isTrue();
        assertThat($(TextArea.class).id("rationale")).isSameAs(typed);
        assertThat(typed.getValue()).isEqualTo("Half a thought, not sent yet");

        asSupervisor(x -> x.resume(s.id()));
        until(() -> view.bar.paused.getText().isEmpty());
        assertThat(inert(view)).isFalse();
        assertThat(view.getChildren().anyMatch(c -> c.getElement().hasAttribute("inert")))
                .isFalse();

        as("tol", Role.TRAINEE);
        participation.submit(s.id(), tol, new Judgment("s1", Set.of(), List.of(), "Nothing wrong happens here.", 2));
        asSupervisor(x -> x.reveal(s.id()));
        until(() -> view.bar.room.getText().endsWith("key revealed"));
        asSupervisor(x -> x.next(s.id()));
        until(() -> view.bar.room.getText().equals("The room: case 1 of 2 · segment 2 of 6"));
        assertThat(view.showing).isEqualTo(SessionCaseView.Showing.FORM);
        assertThat(view.bar.position.getText())
                .as("still on her own segment")
                .isEqualTo("Case 1 of 2 · segment 1 of 6");
        assertThat($(TextArea.class).id("rationale")).isSameAs(typed);
        assertThat(typed.getValue()).isEqualTo("Half a thought, not sent yet");

        assertThat(pushedReadsUnderLock)
                .as("every push read the room off the UI lock")
                .isNotEmpty()
                .containsOnly(false);
    }

    @Test
    void the_feedback_waits_for_the_reveal_and_a_trainee_reading_it_follows_next() throws Exception {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, MARY);
        join("tam", s);
        SessionCaseView view = openAsTrainee("tam", s);
        fillIn("mark-NONE", "An ordinary late appointment, nothing more.");
        submit();
        assertThat(view.showing).isEqualTo(SessionCaseView.Showing.AWAITING_REVEAL);

        asSupervisor(x -> x.reveal(s.id()));
        until(() -> view.showing == SessionCaseView.Showing.FEEDBACK);
        assertThat(view.bar.position.getText()).isEqualTo("Case 1 of 1 · segment 1 of 6");

        asSupervisor(x -> x.next(s.id()));
        until(() -> view.showing == SessionCaseView.Showing.FORM);
        assertThat(view.bar.position.getText()).isEqualTo("Case 1 of 1 · segment 2 of 6");
        assertThat($(Button.class).id("submit-judgment").isEnabled()).isTrue();
        assertThat(pushedReadsUnderLock).isNotEmpty().containsOnly(false);
    }

    @Test
    void a_trainee_waiting_for_the_room_moves_on_with_it_and_close_reaches_them() throws Exception {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, MARY);
        join("tam", s);
        SessionCaseView view = openAsTrainee("tam", s);
        fillIn("mark-SECRECY", "The appointment after everyone left is hidden.");
        submit();
        asSupervisor(x -> x.reveal(s.id()));
        until(() -> view.showing == SessionCaseView.Showing.FEEDBACK);
        test($(Button.class).id("next-segment")).click();
        assertThat(view.showing).isEqualTo(SessionCaseView.Showing.MESSAGE);
        assertThat(view.bar.position.getText()).isEqualTo("Waiting for the room");

        asSupervisor(x -> x.next(s.id()));
        until(() -> view.showing == SessionCaseView.Showing.FORM);
        assertThat(view.bar.position.getText()).isEqualTo("Case 1 of 1 · segment 2 of 6");

        asSupervisor(x -> x.close(s.id()));
        until(() -> view.step.kind() == org.boundarylab.session.SessionStep.Kind.CLOSED);
        assertThat(view.showing).isEqualTo(SessionCaseView.Showing.MESSAGE);
        assertThat(view.bar.position.getText()).isEqualTo("Session closed");
    }

    @Test
    void a_submit_refused_by_a_pause_keeps_the_answer_says_so_and_resume_leaves_no_stale_message() throws Exception {
        LiveSession s = create(FeedbackMode.IMMEDIATE, MARY);
        join("tam", s);
        SessionCaseView view = openAsTrainee("tam", s);
        fillIn("mark-NONE", "An ordinary late appointment, nothing more.");
        asSupervisor(x -> x.pause(s.id())); // the push has not reached the screen yet
        submit();
        assertThat(view.bar.paused.getText()).contains("Your answer was not sent yet");
        assertThat(view.showing).isEqualTo(SessionCaseView.Showing.FORM);
        assertThat($(TextArea.class).id("rationale").getValue())
                .isEqualTo("An ordinary late appointment, nothing more.");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("form-error")
                        .single()
                        .getText())
                .isEmpty();

        asSupervisor(x -> x.resume(s.id()));
        until(() -> view.bar.paused.getText().isEmpty());
        submit();
        assertThat(view.showing).isEqualTo(SessionCaseView.Showing.FEEDBACK);
    }

    @Test
    void the_dashboard_says_what_to_do_in_an_empty_room_and_reveal_waits_for_an_answer_then_asks() throws Exception {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, MARY);
        SessionDashboardView view = navigate("sessions/" + s.id(), SessionDashboardView.class);
        assertThat(view.noTrainees.isVisible()).isTrue();
        assertThat(view.trainees.isVisible()).isFalse();
        assertThat(view.reveal.isEnabled())
                .as("nothing to reveal before an answer")
                .isFalse();
        assertThat(view.controlsHint.getText()).isEqualTo("Reveal opens once someone has answered this segment.");

        long tam = join("tam", s);
        join("tol", s);
        as("tam", Role.TRAINEE);
        participation.submit(s.id(), tam, new Judgment("s1", Set.of(), List.of(), "Nothing wrong happens here.", 2));
        as("vera", Role.SUPERVISOR);
        until(() -> view.current.distribution().answered() == 1
                && view.current.distribution().joined() == 2);
        assertThat(view.noTrainees.isVisible()).isFalse();
        assertThat(view.reveal.isEnabled()).isTrue();

        test(view.reveal).click();
        roundTrip();
        assertThat(view.confirming.isOpened()).isTrue();
        assertThat(view.confirming.getId()).hasValue("confirm-reveal");
        assertThat(test(view.confirming).getText()).startsWith("1 of 2 trainees who joined have answered");
        test(view.confirming).cancel();
        assertThat(sessions.dashboard(s.id()).revealed())
                .as("cancel reveals nothing")
                .isFalse();

        test(view.reveal).click();
        roundTrip();
        test(view.confirming).confirm();
        until(() -> view.current.revealed());
        assertThat(view.reveal.isEnabled()).isFalse();
        assertThat(pushedReadsUnderLock).isNotEmpty().containsOnly(false);
    }

    @Test
    void close_and_reopen_ask_first_and_a_closed_session_shows_no_code() throws Exception {
        LiveSession s = create(FeedbackMode.IMMEDIATE, MARY);
        SessionDashboardView view = navigate("sessions/" + s.id(), SessionDashboardView.class);
        assertThat(view.code.getText()).isEqualTo(s.joinCode());
        test(view.close).click();
        roundTrip();
        assertThat(view.confirming.getId()).hasValue("confirm-close");
        assertThat(test(view.confirming).getText()).contains("the code " + s.joinCode() + " stops working");
        test(view.confirming).cancel();
        assertThat(sessions.get(s.id()).state()).isEqualTo(SessionState.OPEN);

        test(view.close).click();
        roundTrip();
        test(view.confirming).confirm();
        until(() -> view.current.session().state() == SessionState.CLOSED);
        assertThat(view.code.isVisible()).isFalse();
        assertThat(view.codeNote.getText()).startsWith("The code expired");
        assertThat(view.fullScreen.isEnabled()).isFalse();
        assertThat(view.close.getText()).isEqualTo("Reopen");

        test(view.close).click();
        roundTrip();
        assertThat(view.confirming.getId()).hasValue("confirm-reopen");
        test(view.confirming).confirm();
        until(() -> view.current.session().state() == SessionState.OPEN);
        assertThat(view.code.getText()).isNotEqualTo(s.joinCode()).hasSize(6);
    }

    @Test
    void after_the_reveal_the_supervisor_picks_a_reasoning_and_the_projector_shows_it_without_a_name()
            throws Exception {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, MARY);
        long tam = join("tam", s);
        long tol = join("tol", s);
        as("tam", Role.TRAINEE);
        participation.submit(
                s.id(),
                tam,
                new Judgment(
                        "s1", Set.of(Characteristic.SECRECY), List.of(), "Meeting after everyone left hides it.", 2));
        as("tol", Role.TRAINEE);
        participation.submit(s.id(), tol, new Judgment("s1", Set.of(), List.of(), "Just a late appointment.", 1));
        as("vera", Role.SUPERVISOR);
        SessionDashboardView view = navigate("sessions/" + s.id(), SessionDashboardView.class);
        assertThat(view.discussion.list.getChildren().count())
                .as("nothing to pick before the reveal")
                .isZero();
        test(view.reveal).click();
        until(() ->
                view.current.revealed() && view.discussion.list.getChildren().count() == 2);
        String names = users.ensure("tam", Role.TRAINEE).displayName() + "|"
                + users.ensure("tol", Role.TRAINEE).displayName();
        assertThat(view.discussion.getElement().getTextRecursively())
                .doesNotContainPattern(names)
                .contains(
                        "Meeting after everyone left hides it.",
                        "Marked: Secrecy",
                        "Differs from the key",
                        "Same as the key");

        Button show = $(Button.class).from(view.discussion).withText("Show on the projector").all().stream()
                .filter(b -> b.getParent()
                        .orElseThrow()
                        .getElement()
                        .getTextRecursively()
                        .contains("Meeting after everyone"))
                .findFirst()
                .orElseThrow();
        test(show).click();
        until(() -> view.current.shown().size() == 1);
        assertThat(view.discussion.hint.getText()).startsWith("1 of 3 shown on the projector");
        assertThat($(Button.class)
                        .from(view.discussion)
                        .withText("On the projector: take it off")
                        .all())
                .hasSize(1);

        ProjectorView projector = navigate("sessions/" + s.id() + "/projector", ProjectorView.class);
        assertThat(projector.picked.getElement().getTextRecursively())
                .contains("Meeting after everyone left hides it.")
                .doesNotContainPattern(names);
        assertThat(projector.getElement().getTextRecursively()).doesNotContainPattern(names);
        assertThat(projector.reveal.getElement().getTextRecursively()).contains("Key: None of the four");
        asSupervisor(x -> x.next(s.id()));
        until(() ->
                !projector.picked.isVisible() && projector.reveal.getChildren().count() == 0);
        assertThat(pushedReadsUnderLock).isNotEmpty().containsOnly(false);
    }

    @Test
    void the_projector_keeps_the_key_hidden_until_the_reveal_and_follows_pause() throws Exception {
        LiveSession s = create(FeedbackMode.SUPERVISOR_REVEAL, MARY);
        long tam = join("tam", s);
        as("vera", Role.SUPERVISOR);
        ProjectorView projector = navigate("sessions/" + s.id() + "/projector", ProjectorView.class);
        assertThat(projector.reveal.getChildren().count()).isZero();
        assertThat(projector.join.getElement().getTextRecursively()).contains("sessions", s.joinCode());
        as("tam", Role.TRAINEE);
        participation.submit(s.id(), tam, new Judgment("s1", Set.of(), List.of(), "Nothing wrong happens here.", 2));
        as("vera", Role.SUPERVISOR);
        until(() -> projector.chart.getElement().getTextRecursively().contains("1 of 1 joined have answered"));
        asSupervisor(x -> x.pause(s.id()));
        until(() -> projector.status.getText().equals("Paused"));
        asSupervisor(x -> x.reveal(s.id()));
        until(() -> projector.reveal.getChildren().count() == 1);
        assertThat(UI.getCurrent()).isNotNull();
        assertThat(pushedReadsUnderLock).isNotEmpty().containsOnly(false);
        Dashboard d = sessions.dashboard(s.id());
        assertThat(d.revealed()).isTrue();
    }
}
