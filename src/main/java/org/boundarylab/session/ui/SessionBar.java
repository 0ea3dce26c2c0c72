package org.boundarylab.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.boundarylab.session.SessionStep;

/**
 * The top of a trainee's session screen: the session's name and feedback mode, where the trainee
 * is ("Case 1 of 2 · segment 3 of 5"), where the room is (in reveal mode), and, while the
 * supervisor holds the room, that it is paused. Changes are announced to screen readers.
 */
class SessionBar extends Section {

    final Span name = new Span();
    final Span mode = new Span();
    final Span position = new Span();
    final Span room = new Span();
    final Paragraph paused = new Paragraph();

    SessionBar() {
        addClassName("session-bar");
        getElement().setAttribute("aria-label", "Live session");
        name.addClassName("session-name");
        name.setId("session-name");
        mode.addClassName("session-mode");
        mode.setId("session-mode-text");
        position.addClassName("session-position");
        position.setId("session-position");
        room.addClassName("session-room");
        room.setId("session-room");
        Div where = new Div(position, room);
        where.addClassName("session-where");
        where.getElement().setAttribute("aria-live", "polite");
        paused.addClassName("session-paused");
        paused.setId("session-paused");
        // always present and only its text changes, so screen readers announce the pause
        paused.getElement().setAttribute("role", "alert");
        Div about = new Div(name, mode);
        about.addClassName("session-about");
        add(about, where, paused);
    }

    void show(SessionStep step, String where, boolean isPaused, boolean answerHeld) {
        if (step == null) {
            return;
        }
        Changes.text(name, step.session().name());
        Changes.text(mode, step.session().mode().forTrainees());
        Changes.text(position, where);
        Changes.text(
                room,
                step.kind() == SessionStep.Kind.CLOSED
                        ? ""
                        : step.session().lockStep()
                                ? "The room: " + lowerFirst(step.room().where())
                                        + (step.room().focusRevealed() ? " · key revealed" : "")
                                : "At your own pace");
        Changes.text(
                paused,
                !isPaused
                        ? ""
                        : answerHeld
                                ? "Paused by your supervisor. Your answer was not sent yet: it is still here, and you can submit it when the session resumes."
                                : "Paused by your supervisor. Everything you have typed stays here; you can go on when the session resumes.");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
