package org.boundarylab.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.boundarylab.session.SessionEvents;

/**
 * Keeps a screen of a live session current: while attached it hears the session's events and
 * refreshes through server push. A burst of answers becomes one refresh, not a hundred.
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    static void follow(Component screen, SessionEvents events, long sessionId, Consumer<SessionEvents.Event> refresh) {
        AtomicBoolean pending = new AtomicBoolean();
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SessionEvents.Subscription subscription = events.subscribe(sessionId, event -> {
                if (event.kind() != SessionEvents.Kind.ANSWER || pending.compareAndSet(false, true)) {
                    ui.access(() -> {
                        pending.set(false);
                        refresh.accept(event);
                    });
                }
            });
            screen.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
    }
}
