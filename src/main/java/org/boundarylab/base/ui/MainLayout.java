package org.boundarylab.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * App name and the signed-in user at the top; the menu is Vaadin's access-aware menu: every view
 * marked {@code @Menu} that the user may open (its {@code @RolesAllowed} decides), so this layout
 * knows no feature and no role.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(AuthenticationContext auth, SignedInUser signedIn, AccessibleMenu menu) {
        setPrimarySection(Section.NAVBAR);
        Div brand = new Div(new Span("Boundary"), new Span("Lab"));
        brand.addClassName("brand");
        brand.getElement().setAttribute("role", "banner");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(toggle, brand, spacer);
        signedIn.current().ifPresent(user -> addToNavbar(userBadge(user), logout(auth)));

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        for (MenuEntry entry : menu.entries()) {
            nav.addItem(item(entry));
        }
        Div about = new Div(new Span("Case material retold from Peterson (2015), At personal risk."));
        about.addClassName("drawer-note");
        addToDrawer(nav, about);
    }

    /** A new view starts at its top, not at the scroll position of the view before it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement()
                .executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
                        + "if (c) { c.scrollTop = 0; } window.scrollTo(0, 0);");
    }

    private static SideNavItem item(MenuEntry entry) {
        if (entry.icon() == null || !entry.icon().startsWith("vaadin:")) {
            return new SideNavItem(entry.title(), entry.path());
        }
        return new SideNavItem(
                entry.title(), entry.path(), new Icon("vaadin", entry.icon().substring("vaadin:".length())));
    }

    private static Div userBadge(SignedInUser.Badge user) {
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span role = new Span(user.role());
        role.addClassName("role-badge");
        Div badge = new Div(name, role);
        badge.addClassName("user-badge");
        return badge;
    }

    /** On a phone the word folds away and the icon stays, so Sign out always fits in the top bar. */
    private static Button logout(AuthenticationContext auth) {
        Span label = new Span("Sign out");
        label.addClassName("sign-out-label");
        Button logout = new Button(VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.getElement().appendChild(label.getElement());
        logout.setAriaLabel("Sign out");
        logout.setTooltipText("Sign out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");
        return logout;
    }
}
