package org.boundarylab.account.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a screen says when the server no longer knows it: the node it was on died (several nodes), or
 * it was left alone past the session timeout. Work is never lost by this (every answer was stored
 * before its feedback showed), and the page says so; pressing it reloads the same address, which
 * asks for a sign-in and then returns to that page, where the trainee carries on from the database.
 */
@Component
class SessionEndedMessage implements VaadinServiceInitListener {

    static final String CAPTION = "Your session ended";
    static final String MESSAGE = "The server you were working on restarted, or this page was left alone for a while. "
            + "Your answers so far are saved. Click here, or press Esc, to sign in again and carry on where you were.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // Vaadin reloads at once by default: the trainee would meet the sign-in page without a word of why
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(CAPTION);
        messages.setSessionExpiredMessage(MESSAGE);
        // null: reload the page the trainee was on (sign-in first, then back to it)
        messages.setSessionExpiredURL(null);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
