package org.boundarylab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** Every route says who may open it; a new view without an access annotation fails the build. */
class RouteAccessTest {

    @Test
    void every_route_has_an_explicit_access_annotation() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(ArchitectureTest.CLASSES);
    }

    @Test
    void only_the_sign_in_page_is_open_to_anonymous_users() {
        classes()
                .that()
                .areAnnotatedWith(AnonymousAllowed.class)
                .should()
                .haveSimpleName("LoginView")
                .check(ArchitectureTest.CLASSES);
    }

    @Test
    void supervisor_and_admin_screens_are_closed_to_trainees() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .haveSimpleNameEndingWith("DashboardView")
                .or()
                .haveSimpleName("ProjectorView")
                .or()
                .haveSimpleName("VignetteEditorView")
                .or()
                .haveSimpleName("CohortReportView")
                .or()
                .haveSimpleName("UsersView")
                .or()
                .haveSimpleName("RulesView")
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .check(ArchitectureTest.CLASSES);
    }
}
