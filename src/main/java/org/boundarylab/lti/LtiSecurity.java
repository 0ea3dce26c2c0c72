package org.boundarylab.lti;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The LTI endpoints a platform or a browser coming from it reaches before anyone is signed in. The
 * platform posts the login and the launch from its own site, so these (and only these) go without
 * Spring's CSRF token: the one-time state, the nonce and the platform's signature protect them, and
 * the sign-in step and the deep-linking picker carry a one-time 256-bit token in their address, bound
 * to the person the launch proved. Everything else stays under the app's own chain.
 */
@Configuration
class LtiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain ltiEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(
                        "/" + ToolUrls.LOGIN,
                        "/" + ToolUrls.LAUNCH,
                        "/" + ToolUrls.JWKS,
                        "/lti/continue/*",
                        "/lti/deep-link/*")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.disable());
        return http.build();
    }
}
