package org.boundarylab.session.ui;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasText;
import java.util.Objects;

/**
 * Sets a property only when it changes: a live screen is refreshed many times a minute, and every
 * set would otherwise travel to the browser again (and move a screen reader's attention).
 */
final class Changes {

    private Changes() {}

    static void text(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }

    static void enabled(HasEnabled component, boolean enabled) {
        if (component.isEnabled() != enabled) {
            component.setEnabled(enabled);
        }
    }

    static void visible(com.vaadin.flow.component.Component component, boolean visible) {
        if (component.isVisible() != visible) {
            component.setVisible(visible);
        }
    }
}
