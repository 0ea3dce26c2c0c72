package org.boundarylab.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a launch's id_token as LTI 1.3 asks: the state was issued here and not used, the token is
 * signed (RS256) by a key in the platform's JWKS, issued by that platform for this tool (audience,
 * authorized party), not expired, carries the state's nonce (used once), comes from a registered
 * deployment, and is an LTI 1.3 launch of a kind Boundary Lab takes. Any failure is refused with
 * the reason in words.
 */
@Component
class LaunchChecker {

    private static final Duration SKEW = Duration.ofSeconds(60);
    private final LoginStates states;
    private final PlatformStore platforms;
    private final PlatformKeySets keySets;

    LaunchChecker(LoginStates states, PlatformStore platforms, PlatformKeySets keySets) {
        this.states = states;
        this.platforms = platforms;
        this.keySets = keySets;
    }

    Launch check(String idToken, String state) throws LaunchRefused {
        SignedJWT jwt = parse(idToken);
        String claimedIssuer = issuer(jwt);
        LoginStates.Pending pending = states.take(state)
                .orElseThrow(() -> new LaunchRefused(
                        claimedIssuer,
                        "the launch did not come back from a sign-in started here, or came back twice or after "
                                + LoginStates.LIFETIME.toMinutes() + " minutes"));
        Platform p = platforms
                .byId(pending.platformId())
                .orElseThrow(() -> new LaunchRefused(claimedIssuer, "the platform is no longer registered"));
        String who = p.name();
        verifySignature(jwt, p);
        JWTClaimsSet c = claims(jwt, who);
        if (!p.issuer().equals(c.getIssuer())) {
            throw new LaunchRefused(who, "the token names another issuer (" + c.getIssuer() + ")");
        }
        List<String> audience = c.getAudience();
        if (!audience.contains(p.clientId())) {
            throw new LaunchRefused(who, "the token is meant for another tool (audience " + audience + ")");
        }
        Object azp = c.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !p.clientId().equals(azp)) {
            throw new LaunchRefused(who, "the token's authorized party is another tool (" + azp + ")");
        }
        Instant now = Instant.now();
        Date exp = c.getExpirationTime();
        if (exp == null || exp.toInstant().plus(SKEW).isBefore(now)) {
            throw new LaunchRefused(
                    who, "the token has expired" + (exp == null ? " (it has no expiry)" : " at " + exp.toInstant()));
        }
        Date iat = c.getIssueTime();
        if (iat == null || iat.toInstant().minus(SKEW).isAfter(now)) {
            throw new LaunchRefused(who, "the token's issue time is missing or in the future");
        }
        String nonce = text(c, "nonce");
        if (nonce == null || !nonce.equals(pending.nonce())) {
            throw new LaunchRefused(who, "the token's nonce is not the one this sign-in was given");
        }
        if (!states.firstUse(p.id(), nonce)) {
            throw new LaunchRefused(who, "the token was already used once (its nonce was replayed)");
        }
        String deployment = text(c, LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || !p.deploymentIds().contains(deployment)) {
            throw new LaunchRefused(who, "the deployment " + deployment + " is not registered for this platform");
        }
        if (!LtiClaims.V13.equals(text(c, LtiClaims.VERSION))) {
            throw new LaunchRefused(who, "the launch is not LTI 1.3.0 (version " + text(c, LtiClaims.VERSION) + ")");
        }
        String type = text(c, LtiClaims.MESSAGE_TYPE);
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(type) && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            throw new LaunchRefused(who, "Boundary Lab does not take launches of the kind " + type);
        }
        String subject = c.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new LaunchRefused(
                    who, "the launch does not say who the user is (no subject): anonymous launches are not taken");
        }
        return launch(p, deployment, subject, type, c);
    }

    private Launch launch(Platform p, String deployment, String subject, String type, JWTClaimsSet c)
            throws LaunchRefused {
        try {
            List<String> roles = c.getStringListClaim(LtiClaims.ROLES);
            Map<String, Object> custom = c.getJSONObjectClaim(LtiClaims.CUSTOM);
            Map<String, Object> ags = c.getJSONObjectClaim(LtiClaims.AGS_ENDPOINT);
            Map<String, Object> dl = c.getJSONObjectClaim(LtiClaims.DL_SETTINGS);
            String name = text(c, "name");
            if (name == null || name.isBlank()) {
                String given = text(c, "given_name");
                String family = text(c, "family_name");
                name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            }
            @SuppressWarnings("unchecked")
            List<String> scopes =
                    ags == null || !(ags.get("scope") instanceof List<?> l) ? List.of() : (List<String>) l;
            if (LtiClaims.DEEP_LINKING_REQUEST.equals(type)
                    && (dl == null || !(dl.get("deep_link_return_url") instanceof String))) {
                throw new LaunchRefused(p.name(), "the deep-linking request does not say where to send the answer");
            }
            return new Launch(
                    p,
                    deployment,
                    subject,
                    name.isBlank() ? null : name,
                    Launch.roleOf(roles == null ? List.of() : roles),
                    type,
                    custom == null ? Map.of() : custom,
                    text(c, LtiClaims.TARGET_LINK_URI),
                    ags == null ? null : (String) ags.get("lineitem"),
                    scopes,
                    dl == null ? null : (String) dl.get("deep_link_return_url"),
                    dl == null ? null : (String) dl.get("data"));
        } catch (ParseException | ClassCastException e) {
            throw new LaunchRefused(p.name(), "the launch's LTI claims are malformed (" + e.getMessage() + ")");
        }
    }

    private void verifySignature(SignedJWT jwt, Platform p) throws LaunchRefused {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRefused(
                    p.name(),
                    "the token is not signed with RS256 (" + jwt.getHeader().getAlgorithm() + ")");
        }
        JWK key;
        try {
            key = keySets.key(p.jwksEndpoint(), jwt.getHeader().getKeyID())
                    .orElseThrow(() -> new LaunchRefused(
                            p.name(),
                            "the token was signed with a key ("
                                    + jwt.getHeader().getKeyID() + ") that is not in the platform's public keys"));
        } catch (IOException e) {
            throw new LaunchRefused(
                    p.name(),
                    "the platform's public keys could not be fetched from " + p.jwksEndpoint() + " (" + e.getMessage()
                            + ")");
        }
        try {
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                throw new LaunchRefused(p.name(), "the token's signature does not match the platform's public key");
            }
        } catch (JOSEException e) {
            throw new LaunchRefused(p.name(), "the token's signature could not be checked (" + e.getMessage() + ")");
        }
    }

    private static SignedJWT parse(String idToken) throws LaunchRefused {
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRefused("an unknown platform", "the launch carries no id_token");
        }
        try {
            return SignedJWT.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchRefused("an unknown platform", "the id_token is not a signed JWT");
        }
    }

    private static String issuer(SignedJWT jwt) {
        try {
            String iss = jwt.getJWTClaimsSet().getIssuer();
            return iss == null ? "an unknown platform" : iss;
        } catch (ParseException e) {
            return "an unknown platform";
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt, String who) throws LaunchRefused {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRefused(who, "the token's claims cannot be read");
        }
    }

    private static String text(JWTClaimsSet c, String name) {
        Object v = c.getClaim(name);
        return v instanceof String s ? s : null;
    }
}
