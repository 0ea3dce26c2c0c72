package org.boundarylab.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;

/** App name and the user's role at the top; navigation that shows only what the role may open. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(AuthenticationContext auth, CurrentUser currentUser) {
        setPrimarySection(Section.NAVBAR);
        Div brand = new Div(new Span("Boundary"), new Span("Lab"));
        brand.addClassName("brand");
        brand.getElement().setAttribute("role", "banner");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(toggle, brand, spacer);
        currentUser.get().ifPresent(user -> addToNavbar(userBadge(user), logout(auth)));

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        nav.addItem(new SideNavItem("Case library", "", VaadinIcon.OPEN_BOOK.create()));
        nav.addItem(new SideNavItem("My attempts", "my-attempts", VaadinIcon.CHECK_SQUARE_O.create()));
        nav.addItem(new SideNavItem("Live sessions", "sessions", VaadinIcon.PRESENTATION.create()));
        nav.addItem(new SideNavItem("Reports", "reports", VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem("References", "references", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("My password", "password", VaadinIcon.KEY.create()));
        if (auth.hasAnyRole(Role.ADMIN_NAME, Role.SUPERVISOR_NAME)) {
            nav.addItem(new SideNavItem("Write a case", "authoring", VaadinIcon.EDIT.create()));
            nav.addItem(new SideNavItem("Users", "users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Reading corrections", "review/corrections", VaadinIcon.COMMENT_ELLIPSIS_O.create()));
            nav.addItem(new SideNavItem("Calibration", "review/calibration", VaadinIcon.SCALE.create()));
        }
        if (auth.hasRole(Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem("Rules", "rules", VaadinIcon.COG_O.create()));
            nav.addItem(new SideNavItem("Operations", "operations", VaadinIcon.DATABASE.create()));
        }
        Div about = new Div(new Span("Case material retold from Peterson (2015), At personal risk."));
        about.addClassName("drawer-note");
        addToDrawer(nav, about);
    }

    /** A new view starts at its top, not at the scroll position of the view before it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
                + "if (c) { c.scrollTop = 0; } window.scrollTo(0, 0);");
    }

    private static Div userBadge(UserSummary user) {
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span role = new Span(user.role().label());
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
