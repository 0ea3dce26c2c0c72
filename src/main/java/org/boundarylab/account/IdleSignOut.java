package org.boundarylab.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Signs out a session nobody works in. Vaadin closes its own session when its screens have sent no
 * request for the session timeout ({@code vaadin.closeIdleSessions}: an open tab's heartbeats do not
 * count), but the sign-in lives in the HTTP session, which those heartbeats keep fresh; so when
 * Vaadin's session ends, the HTTP session and the sign-in in it end too.
 */
@Component
class IdleSignOut implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession http = destroyed.getSession().getSession();
            if (http == null && VaadinRequest.getCurrent() != null) {
                http = VaadinRequest.getCurrent().getWrappedSession(false);
            }
            if (http != null) {
                try {
                    http.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // signed out or timed out already: nothing left to end
                }
            }
        });
    }
}
