package org.boundarylab.lti;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The platforms' public keys, fetched from their JWKS addresses and kept five minutes; a key id not
 * in the kept set is fetched again at once (a platform rotated its key), at most every ten seconds.
 */
@Component
class PlatformKeySets {

    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final Duration REFETCH = Duration.ofSeconds(10);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();

    private record Fetched(JWKSet set, Instant at) {}

    /** The key with this id from the platform's key set. */
    Optional<JWK> key(String jwksUrl, String kid) throws IOException {
        Fetched f = fetched.get(jwksUrl);
        Instant now = Instant.now();
        if (f == null
                || f.at().plus(KEEP).isBefore(now)
                || f.set().getKeyByKeyId(kid) == null && f.at().plus(REFETCH).isBefore(now)) {
            f = new Fetched(fetch(jwksUrl), now);
            fetched.put(jwksUrl, f);
        }
        return Optional.ofNullable(f.set().getKeyByKeyId(kid));
    }

    private JWKSet fetch(String url) throws IOException {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("the key set address answered " + r.statusCode());
            }
            return JWKSet.parse(r.body());
        } catch (ParseException e) {
            throw new IOException("the key set is not a JWKS: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
