package org.boundarylab.account;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a reverse proxy that ends TLS, {@code boundarylab.trusted-proxies} names its addresses
 * (comma-separated). Only requests from those addresses may set {@code X-Forwarded-For},
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-Port}: the sign-in throttle then counts the client's address, not the
 * proxy's, and the session cookie is marked Secure. Unset (the default), forwarded headers are
 * ignored, so nobody can claim another address or https by sending them.
 */
@Component
class TrustedProxy implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final String addresses;

    TrustedProxy(@Value("${boundarylab.trusted-proxies:}") String addresses) {
        this.addresses = addresses;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        String proxies = Arrays.stream(addresses.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(proxies);
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        // without it, a proxied http request counts as port 80 and redirects leave the proxy's port
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }
}
