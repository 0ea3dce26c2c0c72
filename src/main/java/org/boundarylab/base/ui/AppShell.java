package org.boundarylab.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus Boundary Lab's own stylesheet (frontend/styles), loaded as plain CSS so the app stays
 * inside Vaadin's pre-compiled bundle: no @Theme, no npm build. Server push carries live-session
 * updates to dashboards, projectors and trainees.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/boundary-lab.css")
@Push
@Meta(
        name = "description",
        content = "Boundary Lab: practise telling a normal power imbalance from a boundary violation")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Boundary Lab");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
