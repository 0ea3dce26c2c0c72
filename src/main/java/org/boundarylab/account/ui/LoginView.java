package org.boundarylab.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page: a calm introduction beside the form. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Boundary Lab")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-page");
        H1 title = new H1("Boundary Lab");
        Paragraph lead = new Paragraph(
                "Practise telling the normal power imbalance of therapy from a boundary "
                        + "violation: read a case one moment at a time, name what you see, and get a supervisor's feedback at once.");
        lead.addClassName("lead");
        Div intro = new Div(
                title,
                lead,
                new Paragraph("Your supervisor gives you an account. Forgotten your password? Ask them to reset it."));
        intro.addClassName("login-intro");

        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        Div card = new Div(form);
        card.addClassName("login-card");
        add(intro, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        // one wording on the page: "Sign in", never "Log in"
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        if (parameters.containsKey("wait")) {
            // the throttle turned the sign-in away without checking the password
            String seconds = parameters.get("wait").getFirst().replaceAll("\\D", "");
            i18n.getErrorMessage().setTitle("Too many tries");
            i18n.getErrorMessage()
                    .setMessage(
                            "Wait " + (seconds.isEmpty() ? "a minute" : seconds + " seconds")
                                    + " and try again. Several wrong passwords in a row slow signing in down, to stop guessing.");
        } else if (parameters.containsKey("expired")) {
            // the sign-in came without this page's token: an old page, or a form on another site
            i18n.getErrorMessage().setTitle("Please sign in again");
            i18n.getErrorMessage()
                    .setMessage("This sign-in page had expired. Enter your username and password once more.");
        } else {
            i18n.getErrorMessage().setTitle("Wrong username or password");
            i18n.getErrorMessage()
                    .setMessage(
                            "Check both and try again. Accounts are case sensitive and may be disabled by a supervisor.");
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error") || parameters.containsKey("expired"));
    }
}
