package org.boundarylab.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts the CSRF token in every page's head ({@code _csrf}, {@code _csrf_parameter}): Vaadin's
 * sign-in form sends it with the username and password, so a sign-in posted from another site
 * (login CSRF) is refused.
 */
@Component
class CsrfMetaTags implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request
                    && request.getHttpServletRequest().getAttribute(CsrfToken.class.getName())
                            instanceof CsrfToken token) {
                var head = response.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
            }
        });
    }
}
