package org.boundarylab.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** An error page inside the app: a heading that says what happened, the menu, and a way back. */
abstract class ErrorPage extends Main implements com.vaadin.flow.router.HasDynamicTitle {

    final H1 heading = new H1();
    final Paragraph message = new Paragraph();

    ErrorPage() {
        addClassNames("page", "error-page");
        heading.setId("error-heading");
        // "./" is the app's root under the page's base address; an empty href would reload the error page
        Anchor library = new Anchor("./", "Go to the case library");
        library.addClassNames("button-link", "primary");
        library.setId("error-back");
        com.vaadin.flow.component.button.Button back = new com.vaadin.flow.component.button.Button(
                "Back to the previous page", e -> getElement().executeJs("history.back()"));
        back.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        back.setId("error-history-back");
        Div actions = new Div(library, back);
        actions.addClassName("message-actions");
        add(heading, message, actions);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Boundary Lab";
    }

    void showNotFound(String path) {
        heading.setText("Page not found");
        message.setText("There is no page at “/" + path + "”. The address may be mistyped, or the page may have moved. "
                + "Use the menu, or go back to the case library.");
    }

    void showNotAllowed(String path) {
        heading.setText("Not open to your account");
        message.setText("The page “/" + path + "” is for another role (supervisors or administrators). "
                + "The menu shows every page your account can open; ask an administrator if you need this one.");
    }
}
