package org.boundarylab.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for a platform's services (OAuth 2 client credentials with a JWT the tool signs:
 * LTI's "private_key_jwt"), kept until shortly before they expire.
 */
@Component
class PlatformTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ToolKeys keys;
    private final HttpClient http;
    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();

    PlatformTokens(ToolKeys keys) {
        this.keys = keys;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private record Token(String value, Instant until) {}

    /** A failure the platform will repeat (refused credentials): no use trying soon. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    String token(Platform p, String scope) throws IOException, InterruptedException {
        Token t = tokens.get(p.id());
        if (t != null && Instant.now().isBefore(t.until())) {
            return t.value();
        }
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion(p)) + "&scope=" + enc(scope);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(p.tokenEndpoint()))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            String why =
                    "the platform's token endpoint answered " + r.statusCode() + ": " + ScoreSender.snippet(r.body());
            throw r.statusCode() == 400 || r.statusCode() == 401 ? new Refused(why) : new IOException(why);
        }
        JsonNode body = JSON.readTree(r.body());
        String value = body.path("access_token").asString("");
        if (value.isEmpty()) {
            throw new IOException("the platform's token endpoint gave no access_token");
        }
        long seconds = body.path("expires_in").asLong(3600);
        tokens.put(p.id(), new Token(value, Instant.now().plusSeconds(Math.max(0, seconds - 30))));
        return value;
    }

    /** Forgets a platform's token (it refused it: expired or revoked early). */
    void forget(long platformId) {
        tokens.remove(platformId);
    }

    private String assertion(Platform p) {
        RSAKey key = keys.signing();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(p.clientId())
                .subject(p.clientId())
                .audience(p.tokenEndpoint())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        return sign(key, claims);
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the tool's key", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
