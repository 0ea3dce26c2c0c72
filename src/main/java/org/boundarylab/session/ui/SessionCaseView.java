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
import org.boundarylab.judgment.Judgment;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.SessionAnswer;
import org.boundarylab.session.SessionEvents;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.session.SessionStep;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.ui.CaseView;
import org.springframework.security.access.AccessDeniedException;

/**
 * A trainee's judgment screen inside a live session: the session decides the case, the order and
 * when feedback shows. In reveal mode the feedback arrives by push when the supervisor reveals the
 * segment, and the next segment opens when the room moves on.
 */
@Route("session/:sessionId")
@PageTitle("Live session · Boundary Lab")
@PermitAll
public class SessionCaseView extends CaseView {

    private final SessionParticipation participation;
    private final SessionEvents events;
    private long sessionId;
    private SessionStep step;
    private boolean lastFeedbackVisible;
    /** Answered in reveal mode, feedback not yet revealed. */
    private AnsweredSegment awaitingReveal;
    private Long lastAttemptId;

    public SessionCaseView(AttemptService attempts, SessionParticipation participation, SessionEvents events) {
        super(attempts);
        this.participation = participation;
        this.events = events;
        addClassName("in-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        load();
        LiveUpdates.follow(this, events, sessionId, e -> () -> onEvent(e));
    }

    /** Asks the session where the trainee stands and shows that. */
    private void load() {
        try {
            step = participation.where(sessionId);
        } catch (AccessDeniedException e) {
            showMessage("Not in this session", "Join it first with the code your supervisor gives the room.",
                    link("sessions", "Go to Live sessions"));
            return;
        }
        Long attemptNow = step.attempt().map(a -> a.attemptId()).orElse(null);
        if (step.session().mode() == FeedbackMode.DEFERRED && lastAttemptId != null && !lastAttemptId.equals(attemptNow)) {
            long finished = lastAttemptId;
            lastAttemptId = null;
            Button onward = new Button("Go on", e -> load());
            onward.setId("next-segment");
            onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            showMessage("Case finished", "Your feedback on this case is ready.",
                    link("attempt/" + finished + "/summary", "See your feedback"), onward);
            return;
        }
        lastAttemptId = attemptNow;
        switch (step.kind()) {
            case JUDGE -> {
                state = step.attempt().orElseThrow();
                super.showNext();
            }
            case WAIT_FOR_ROOM -> showMessage("Waiting for the room",
                    "You are at the same point as the room. Your supervisor will move everyone on to the next segment.");
            case PAUSED -> showMessage("Paused", "Your supervisor has paused the session. Everything you submitted is saved.");
            case CLOSED -> showMessage("This session is closed", "Everything you submitted is saved.",
                    link("my-attempts", "See your attempts"));
            case FINISHED -> showMessage("You have finished every case of this session", "Well done. Everything is saved.",
                    link("my-attempts", "See your attempts"));
        }
    }

    @Override
    protected void showNext() {
        awaitingReveal = null;
        load();
    }

    @Override
    protected AnsweredSegment store(Judgment judgment) {
        SessionAnswer answer = participation.submit(sessionId, state.attemptId(), judgment);
        lastFeedbackVisible = answer.feedbackVisible();
        return answer.answered();
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
        if (step.session().mode() != FeedbackMode.SUPERVISOR_REVEAL) {
            return super.recordedPanel(answered);
        }
        awaitingReveal = answered;
        Section waiting = new Section(new H2("Answer recorded"), new Paragraph("Your supervisor will reveal the key to "
                + "the room. Your feedback appears here then, and the room moves on together."));
        waiting.addClassNames("judgment-panel", "recorded-panel");
        waiting.setId("awaiting-reveal");
        return waiting;
    }

    private void onEvent(SessionEvents.Event event) {
        switch (event.kind()) {
            case REVEALED -> {
                if (awaitingReveal != null && participation.feedbackVisible(sessionId, state.vignette().id(),
                        awaitingReveal.segment().id())) {
                    AnsweredSegment answered = awaitingReveal;
                    awaitingReveal = null;
                    showFeedback(answered);
                }
            }
            case MOVED, STATE -> {
                // someone in the middle of a judgment keeps their work; a refused submit says why
                if (step == null || step.kind() != SessionStep.Kind.JUDGE || awaitingReveal != null) {
                    awaitingReveal = null;
                    load();
                }
            }
            default -> { }
        }
    }

    private static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.addClassName("button-link");
        return a;
    }
}
