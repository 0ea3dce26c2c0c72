package org.boundarylab.lti.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.boundarylab.account.Role;
import org.boundarylab.lti.LtiPlatforms;
import org.boundarylab.lti.Platform;
import org.boundarylab.lti.ToolUrls;

/**
 * Admins: the values an LMS admin pastes to add Boundary Lab as an LTI 1.3 tool, the platforms
 * registered with what the LMS gave back, the tool's key (rotate), and the scores waiting to go back.
 */
@Menu(title = "LMS platforms", order = 135, icon = "vaadin:academy-cap")
@Route("lms-platforms")
@PageTitle("LMS platforms · Boundary Lab")
@RolesAllowed(Role.ADMIN_NAME)
public class LtiPlatformsView extends Main {

    final TextField name =
            field("lti-name", "Name", "What this platform is called here, e.g. the university's Moodle.");
    final TextField issuer =
            field("lti-issuer", "Issuer", "Moodle: Platform ID. Canvas: https://canvas.instructure.com.");
    final TextField clientId =
            field("lti-client-id", "Client id", "Moodle: Client ID. Canvas: the developer key's id.");
    final TextArea deploymentIds = new TextArea("Deployment ids");
    final TextField authEndpoint = field(
            "lti-auth",
            "Authentication request URL",
            "Moodle: Authentication request URL. Canvas: …/api/lti/authorize_redirect.");
    final TextField tokenEndpoint =
            field("lti-token", "Access token URL", "Moodle: Access token URL. Canvas: …/login/oauth2/token.");
    final TextField jwksEndpoint =
            field("lti-jwks", "Public keyset URL", "Moodle: Public keyset URL. Canvas: …/api/lti/security/jwks.");
    final TextField lmsAddress = field(
            "lti-lms-address",
            "LMS address (iframe mode)",
            "The address people open the LMS at, e.g. https://school.instructure.com; empty: the issuer's.");
    final Checkbox inFrame = new Checkbox("Keep launches inside the LMS page (iframe)");
    final Div registered = new Div();
    final Paragraph scores = new Paragraph();
    private final LtiPlatforms platforms;
    private long editing;

    public LtiPlatformsView(LtiPlatforms platforms, ToolUrls urls) {
        this.platforms = platforms;
        addClassName("page");
        Paragraph what =
                new Paragraph("Courses in an LMS (Moodle, Canvas, Blackboard, D2L) can open Boundary Lab's cases"
                        + " as LTI 1.3 activities: trainees and instructors arrive signed in, instructors pick a case for the course,"
                        + " and scores go back to the grade book. Step by step for Moodle and Canvas: docs/lms.md.");
        what.addClassName("hint");
        add(new H1("LMS platforms"), what, new H2("What to paste into the LMS"), toolValues(urls));
        deploymentIds.setId("lti-deployments");
        deploymentIds.setWidthFull();
        deploymentIds.setHelperText("One per line: the LMS shows the deployment id once the tool is added.");
        inFrame.setId("lti-in-frame");
        Paragraph frameHint =
                new Paragraph("Off (the default): launches open Boundary Lab in a new window. On: it stays in"
                        + " the LMS page, which needs the session cookie as a third-party cookie; browsers that block those"
                        + " (Safari, Firefox, Chrome in strict modes) then cannot keep anyone signed in.");
        frameHint.addClassName("hint");
        Div form = new Div(
                name,
                issuer,
                clientId,
                deploymentIds,
                authEndpoint,
                tokenEndpoint,
                jwksEndpoint,
                inFrame,
                lmsAddress,
                frameHint);
        form.addClassName("lrs-form");
        Button save = new Button("Save the platform", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("lti-save");
        Button clear = new Button("New platform", e -> edit(null));
        clear.setId("lti-new");
        Div buttons = new Div(save, clear);
        buttons.addClassName("button-row");
        registered.setId("lti-platforms");
        scores.setId("lti-scores");
        add(
                new H2("Registered platforms"),
                registered,
                new H2("Register a platform"),
                form,
                buttons,
                new H2("Scores for the LMS"),
                scores);
        showPlatforms();
        showScores();
    }

    private Div toolValues(ToolUrls urls) {
        ToolUrls.Values v =
                urls.values(urls.base(VaadinServletRequest.getCurrent().getHttpServletRequest()));
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Tool URL / Redirection URI (launch)", v.launchUrl());
        rows.put("Initiate login URL (OpenID Connect)", v.loginUrl());
        rows.put("Public keyset URL (JWKS)", v.jwksUrl());
        rows.put("Deep linking URL (content selection)", v.deepLinkUrl());
        rows.put("Domain", v.domain());
        Div values = new Div();
        values.addClassName("lrs-form");
        values.setId("lti-tool-values");
        rows.forEach((label, value) -> {
            TextField f = new TextField(label);
            f.setValue(value);
            f.setReadOnly(true);
            f.setWidthFull();
            values.add(f);
        });
        Paragraph key = new Paragraph();
        key.setId("lti-key");
        key.addClassName("hint");
        key.setText("Signing key " + platforms.currentKeyId() + ". Rotating adds a new key; the previous one stays"
                + " published until the next rotation, so platforms that cached it keep working.");
        Button rotate = new Button("Rotate the key", e -> {
            String kid = platforms.rotateKey();
            key.setText("Signing key " + kid + " (new). The previous key stays published until the next rotation.");
            Notification.show("A new signing key is published.");
        });
        rotate.setId("lti-rotate");
        values.add(key, rotate);
        return values;
    }

    private void showPlatforms() {
        registered.removeAll();
        if (platforms.all().isEmpty()) {
            registered.add(new Paragraph("No platform yet: register one below with what the LMS shows."));
        }
        for (Platform p : platforms.all()) {
            Div card = new Div();
            card.addClassName("lti-platform");
            Paragraph details =
                    new Paragraph("Issuer " + p.issuer() + " · client id " + p.clientId() + " · deployments "
                            + String.join(", ", p.deploymentIds()) + " · "
                            + (p.inFrame() ? "inside the LMS page (" + p.frameOrigin() + ")" : "new window"));
            Button edit = new Button("Edit", e -> edit(p));
            edit.setAriaLabel("Edit " + p.name());
            card.add(new H3(p.name()), details, edit);
            registered.add(card);
        }
    }

    private void edit(Platform p) {
        editing = p == null ? 0 : p.id();
        name.setValue(p == null ? "" : p.name());
        issuer.setValue(p == null ? "" : p.issuer());
        clientId.setValue(p == null ? "" : p.clientId());
        deploymentIds.setValue(p == null ? "" : String.join("\n", p.deploymentIds()));
        authEndpoint.setValue(p == null ? "" : p.authEndpoint());
        tokenEndpoint.setValue(p == null ? "" : p.tokenEndpoint());
        jwksEndpoint.setValue(p == null ? "" : p.jwksEndpoint());
        inFrame.setValue(p != null && p.inFrame());
        lmsAddress.setValue(p == null ? "" : p.frameOrigin());
        name.focus();
    }

    void save() {
        Map<String, HasValidation> fields = Map.of(
                "name",
                name,
                "issuer",
                issuer,
                "clientId",
                clientId,
                "deploymentIds",
                deploymentIds,
                "authEndpoint",
                authEndpoint,
                "tokenEndpoint",
                tokenEndpoint,
                "jwksEndpoint",
                jwksEndpoint,
                "lmsAddress",
                lmsAddress);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            Platform saved = platforms.save(new LtiPlatforms.Form(
                    editing,
                    name.getValue(),
                    issuer.getValue(),
                    clientId.getValue(),
                    deploymentIds.getValue(),
                    authEndpoint.getValue(),
                    tokenEndpoint.getValue(),
                    jwksEndpoint.getValue(),
                    inFrame.getValue(),
                    lmsAddress.getValue()));
            Notification.show("Saved: " + saved.name() + " can launch Boundary Lab.");
            edit(null);
            showPlatforms();
        } catch (LtiPlatforms.InvalidPlatform e) {
            for (LtiPlatforms.Problem p : e.problems()) {
                HasValidation f = fields.get(p.field());
                f.setErrorMessage(p.message());
                f.setInvalid(true);
            }
        }
    }

    private void showScores() {
        LtiPlatforms.ScoreStatus s = platforms.scoreStatus();
        scores.setText(s.waiting() + " waiting, " + s.sent() + " sent, " + s.rejected() + " refused by the platform."
                + (s.lastProblem() == null ? "" : " Last problem: " + s.lastProblem()));
    }

    private static TextField field(String id, String label, String helper) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setHelperText(helper);
        f.setWidthFull();
        f.setMaxLength(500);
        return f;
    }
}
