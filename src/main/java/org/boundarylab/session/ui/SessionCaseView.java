package org.boundarylab.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.SessionAnswer;
import org.boundarylab.session.SessionEvents;
import org.boundarylab.session.SessionException;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.session.SessionPaused;
import org.boundarylab.session.SessionStep;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.boundarylab.training.ui.CaseView;
import org.springframework.security.access.AccessDeniedException;

/**
 * A trainee's judgment screen inside a live session: the session decides the case, the order and
 * when feedback shows. The screen follows the room by push: a pause holds the work where it is
 * (what was typed stays), resume releases it; in reveal mode the feedback arrives when the
 * supervisor reveals, and the next segment opens when the room moves on, whether the trainee was
 * waiting, reading feedback or still waiting for the reveal. A trainee in the middle of a judgment
 * keeps it. The session's name, its feedback mode, where the trainee is and where the room is stay
 * in view.
 */
@Route("session/:sessionId")
@PageTitle("Live session · Boundary Lab")
@PermitAll
public class SessionCaseView extends CaseView {

    /** What the screen shows now, so a push can tell what to keep and what to move on from. */
    enum Showing {
        NOTHING,
        FORM,
        QUESTION,
        AWAITING_REVEAL,
        FEEDBACK,
        RECORDED,
        MESSAGE,
        CASE_FINISHED
    }

    private final SessionParticipation participation;
    private final SessionEvents events;
    final SessionBar bar = new SessionBar();
    SessionStep step;
    Showing showing = Showing.NOTHING;
    LiveUpdates.Follower<SessionStep> follower;
    private long sessionId;
    private String showingSegment;
    private boolean lastFeedbackVisible;
    /** Answered in reveal mode, feedback not yet revealed. */
    private AnsweredSegment awaitingReveal;

    private Long lastAttemptId;
    private boolean refusedWhilePaused;

    public SessionCaseView(AttemptService attempts, SessionParticipation participation, SessionEvents events) {
        super(attempts);
        this.participation = participation;
        this.events = events;
        addClassName("in-session");
        addComponentAsFirst(bar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        if (follower != null) {
            follower.cancel();
        }
        // following starts before the first read, so a change committed in between is not missed
        follower = LiveUpdates.follow(
                this,
                event.getUI(),
                events,
                sessionId,
                SessionEvents.Kind.ROOM,
                () -> participation.where(sessionId),
                SessionStep::version,
                this::follow);
        SessionStep first;
        try {
            first = participation.where(sessionId);
        } catch (AccessDeniedException e) {
            follower.cancel();
            bar.setVisible(false);
            showMessage(
                    "Not in this session",
                    "Join it first with the code your supervisor gives the room.",
                    link("sessions", "Go to Live sessions"));
            return;
        }
        follower.shown(first.version());
        show(first, true);
    }

    /** The trainee's own step (after "Next segment", "Go on"): asked in their own request. */
    private void load() {
        SessionStep next = participation.where(sessionId);
        follower.shown(next.version());
        show(next, false);
    }

    /**
     * Shows a step in full. {@code arriving}: the page was just opened, so in reveal mode an
     * answered segment shows its feedback (or that it waits for the reveal) rather than "waiting".
     */
    private void show(SessionStep next, boolean arriving) {
        step = next;
        Long attemptNow = next.attempt().map(AttemptState::attemptId).orElse(null);
        if (next.session().mode() == FeedbackMode.DEFERRED
                && lastAttemptId != null
                && !lastAttemptId.equals(attemptNow)
                && next.kind() != SessionStep.Kind.CLOSED) {
            long finished = lastAttemptId;
            lastAttemptId = null;
            Button onward = new Button("Go on", e -> load());
            onward.setId("next-segment");
            onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            showMessage(
                    "Case finished",
                    "Your feedback on this case is ready.",
                    link("attempt/" + finished + "/summary", "See your feedback"),
                    onward);
            showing = Showing.CASE_FINISHED;
            hold(next.paused());
            return;
        }
        lastAttemptId = attemptNow;
        awaitingReveal = null;
        switch (next.kind()) {
            case JUDGE -> {
                state = next.attempt().orElseThrow();
                super.showNext();
                showing = state.nextSegment().isPresent() ? Showing.FORM : Showing.QUESTION;
                showingSegment = state.nextSegment().map(s -> s.id()).orElse(null);
            }
            case WAIT_FOR_ROOM -> {
                Optional<AnsweredSegment> last = next.attempt()
                        .flatMap(a -> a.answered().isEmpty()
                                ? Optional.empty()
                                : Optional.of(a.answered().get(a.answered().size() - 1)));
                if (arriving && last.isPresent()) {
                    state = next.attempt().orElseThrow();
                    if (next.room()
                            .revealedInCase()
                            .contains(last.get().segment().id())) {
                        showFeedback(last.get());
                    } else {
                        showRecorded(last.get());
                    }
                } else {
                    showMessage(
                            "Waiting for the room",
                            "You are at the same point as the room. Your supervisor will "
                                    + "move everyone on to the next segment; it opens here by itself.");
                }
            }
            case CLOSED ->
                showMessage(
                        "This session is closed",
                        "Everything you submitted is saved.",
                        link("my-attempts", "See your attempts"));
            case FINISHED ->
                showMessage(
                        "You have finished every case of this session",
                        "Well done. Everything is saved.",
                        link("my-attempts", "See your attempts"));
        }
        hold(next.paused());
    }

    /**
     * A change to the room, pushed: applied under the UI lock from a step read off it. Work in
     * progress stays; what waits on the room moves on.
     */
    void follow(SessionStep next) {
        if (next.kind() == SessionStep.Kind.CLOSED || showing == Showing.MESSAGE || showing == Showing.NOTHING) {
            show(next, false);
            return;
        }
        step = next;
        boolean sameAttempt = next.attempt()
                .map(a -> state != null && a.attemptId() == state.attemptId())
                .orElse(false);
        switch (showing) {
            case AWAITING_REVEAL -> {
                if (next.room().revealedInCase().contains(showingSegment) && sameAttempt) {
                    state = next.attempt().orElseThrow();
                    showFeedback(awaitingReveal);
                } else if (next.kind() == SessionStep.Kind.JUDGE) {
                    show(next, false); // the room moved on without a reveal
                }
            }
            case FEEDBACK -> {
                if (next.session().lockStep() && next.kind() == SessionStep.Kind.JUDGE) {
                    show(next, false); // reading feedback, the room moved on: so does this screen
                }
            }
            case FORM -> {
                boolean sameSegment = sameAttempt
                        && next.attempt()
                                .flatMap(AttemptState::nextSegment)
                                .map(s -> s.id().equals(showingSegment))
                                .orElse(false);
                if (next.kind() == SessionStep.Kind.JUDGE && !sameSegment) {
                    show(next, false); // answered elsewhere (another tab): show what is next
                }
            }
            default -> {
                // a knowledge check in progress, a recorded answer, a finished case: kept as they are
            }
        }
        hold(next.paused());
    }

    /** A pause holds the screen as it is: nothing can be clicked or typed, nothing is lost. */
    private void hold(boolean paused) {
        getChildren().filter(c -> c != bar).forEach(c -> {
            if (paused) {
                c.getElement().setAttribute("inert", "");
            } else {
                c.getElement().removeAttribute("inert");
            }
        });
        getElement().getClassList().set("held", paused);
        if (!paused) {
            refusedWhilePaused = false;
        }
        bar.show(step, position(), paused, refusedWhilePaused);
    }

    /** Where the trainee is, in words: "Case 1 of 2 · segment 3 of 5", "Case 1 of 2 · knowledge check". */
    private String position() {
        if (step == null) {
            return "";
        }
        int cases = step.session().vignettes().size();
        return switch (showing) {
            case FORM, AWAITING_REVEAL, FEEDBACK, RECORDED, QUESTION -> {
                String caseText =
                        "Case " + (step.session().positionOf(state.vignette().id()) + 1) + " of " + cases;
                if (showing == Showing.QUESTION) {
                    yield caseText + " · knowledge check";
                }
                List<org.boundarylab.vignette.Segment> segments =
                        state.vignette().vignette().segments();
                int index = state.vignette().vignette().indexOf(showingSegment);
                yield caseText + " · segment " + (index + 1) + " of " + segments.size();
            }
            default ->
                switch (step.kind()) {
                    case WAIT_FOR_ROOM -> "Waiting for the room";
                    case FINISHED -> "Every case done";
                    case CLOSED -> "Session closed";
                    case JUDGE -> "";
                };
        };
    }

    @Override
    protected void showNext() {
        awaitingReveal = null;
        load();
    }

    @Override
    protected void showMessage(String heading, String message, Component... actions) {
        super.showMessage(heading, message, actions);
        showing = Showing.MESSAGE;
        showingSegment = null;
    }

    @Override
    protected void showFeedback(AnsweredSegment answered) {
        awaitingReveal = null;
        super.showFeedback(answered);
        showing = Showing.FEEDBACK;
        showingSegment = answered.segment().id();
        if (step != null) {
            bar.show(step, position(), step.paused(), refusedWhilePaused);
        }
    }

    @Override
    protected void showRecorded(AnsweredSegment answered) {
        super.showRecorded(answered);
        showingSegment = answered.segment().id();
        showing = awaitingReveal != null ? Showing.AWAITING_REVEAL : Showing.RECORDED;
        bar.show(step, position(), step.paused(), refusedWhilePaused);
    }

    @Override
    protected AnsweredSegment store(Judgment judgment) {
        try {
            SessionAnswer answer = participation.submit(sessionId, state.attemptId(), judgment);
            lastFeedbackVisible = answer.feedbackVisible();
            return answer.answered();
        } catch (SessionPaused paused) {
            // the pause may not have reached this screen yet: show it now; the answer stays in the form
            refusedWhilePaused = true;
            hold(true);
            throw new SessionException("");
        }
    }

    @Override
    protected boolean feedbackVisible(AnsweredSegment answered) {
        return lastFeedbackVisible;
    }

    @Override
    protected String finishLabel() {
        return "Finish the case";
    }

    @Override
    protected Component recordedPanel(AnsweredSegment answered) {
        if (!step.session().lockStep()) {
            return super.recordedPanel(answered);
        }
        awaitingReveal = answered;
        Section waiting = new Section(
                new H2("Answer recorded"),
                new Paragraph("Your supervisor will reveal the key to "
                        + "the room. Your feedback appears here then, and the room moves on together."));
        waiting.addClassNames("judgment-panel", "recorded-panel");
        waiting.setId("awaiting-reveal");
        return waiting;
    }

    private static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.addClassName("button-link");
        return a;
    }
}
