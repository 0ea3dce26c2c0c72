package org.boundarylab.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the app does not have, or a page the signed-in person may not open (Vaadin sends both
 * here in production): inside the app, with the menu and a way back. Whether a page exists is no
 * secret to someone signed in (the guide lists every page), so the page says which case it is.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            showNotAllowed(path);
            return HttpServletResponse.SC_FORBIDDEN;
        }
        showNotFound(path);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
