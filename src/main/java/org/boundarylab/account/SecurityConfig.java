package org.boundarylab.account;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.boundarylab.account.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Vaadin's security configurer for views (@RolesAllowed, @PermitAll); method security with
 * @PreAuthorize for services. JSR-250 method security stays off on purpose: it would wrap every
 * view annotated with @RolesAllowed in a Spring proxy.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            org.boundarylab.audit.AuditLog audit,
            SignedInSessions signedIn,
            RequestUtil vaadinRequests)
            throws Exception {
        http.addFilterBefore(
                new LoginThrottleFilter(throttle, audit),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // a new session id at sign-in (fixation), and a registry so disabling an account ends its sessions
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(signedIn.registry())
                .expiredUrl("/login"));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/styles/**", "/images/**")
                .permitAll()
                // the charting library's script (a public webjar), for signed-in screens only
                .requestMatchers("/webjars/echarts/**")
                .authenticated());
        // the security headers come from SecurityHeadersFilter, on every response; Spring's own writers
        // would only reach the responses that pass through this chain's header filter
        http.headers(headers -> headers.contentTypeOptions(c -> c.disable()).frameOptions(f -> f.disable()));
        // Vaadin exempts its sign-in page from CSRF; a sign-in must carry the token (CsrfMetaTags), so
        // a form on another site cannot sign a victim in as the attacker. Vaadin's own requests carry
        // Vaadin's own token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(e -> e.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/login?expired"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        // an address that matches no route reaches Vaadin for a signed-in person, who then sees the app's own
        // "not found" page with the menu, not the servlet's bare 403; signed out, it still leads to sign-in
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(
                                org.springframework.security.config.annotation.web.configurers
                                                .AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** Before every other filter, so that no response leaves without the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
        return registration;
    }

    /** Keeps the session registry true as sessions end. */
    @Bean
    org.springframework.security.web.session.HttpSessionEventPublisher httpSessionEventPublisher() {
        return new org.springframework.security.web.session.HttpSessionEventPublisher();
    }

    /** Method security publishes its refusals, for the audit trail. */
    @Bean
    org.springframework.security.authorization.AuthorizationEventPublisher authorizationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new org.springframework.security.authorization.SpringAuthorizationEventPublisher(publisher);
    }

    /** bcrypt by default, stored with its {id} prefix so the algorithm can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
