package org.boundarylab.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An LTI 1.3 platform of our own, on loopback (the JDK's HTTP server): its JWKS, an OIDC
 * authorization endpoint that answers with a form posting a signed id_token to the tool, a token
 * endpoint that checks the tool's signed client assertion, a line item's scores endpoint that records
 * what it receives (and can be "down"), a deep-linking return that checks the tool's signature, and a
 * course page whose button starts a launch, as an LMS's would.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String CLIENT_ID = "boundary-lab-tool";
    public static final String DEPLOYMENT = "deployment-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Someone on the platform: who the login hint names. */
    public record Person(String subject, String name, List<String> roles) {}

    /** How the next id_token is spoiled (to see the tool refuse it). */
    public enum Tamper {
        NONE,
        SIGNATURE,
        AUDIENCE,
        EXPIRED,
        DEPLOYMENT
    }

    public static final Person LEARNER = new Person(
            "learner-7f3a", "Robin Learner", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
    public static final Person INSTRUCTOR = new Person(
            "teacher-22", "Sam Instructor", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));

    public static final Person NEWCOMER = new Person(
            "newcomer-5", "Ada Newcomer", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpClient http = HttpClient.newHttpClient();
    public final List<JsonNode> scores = new CopyOnWriteArrayList<>();
    public final List<JWTClaimsSet> deepLinkAnswers = new CopyOnWriteArrayList<>();
    public final List<String> idTokens = new CopyOnWriteArrayList<>();
    public final List<String> refusedAssertions = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    public volatile boolean scoresDown;
    public volatile Tamper tamper = Tamper.NONE;
    public volatile String toolBase;
    /** The custom parameters of the next resource-link launch (the link the LMS stored from deep linking). */
    public volatile Map<String, Object> linkCustom = Map.of("case", "mary-after-hours");

    public TestPlatform() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
        // the same key id, another key: a token it signs carries a signature the platform's JWKS does not match
        stranger = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", this::jwks);
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/lineitems/", this::score);
        server.createContext("/deep-link-return", this::deepLinkReturn);
        server.createContext("/course", this::course);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String issuer() {
        return base();
    }

    public String lineItem() {
        return base() + "/lineitems/1/lineitem?type_id=3";
    }

    /** A signed id_token for this person, as the authorization endpoint would make it. */
    public String idToken(Person who, String nonce, String messageType, Map<String, Object> custom) {
        Instant now = Instant.now();
        Instant exp = tamper == Tamper.EXPIRED ? now.minusSeconds(600) : now.plusSeconds(300);
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(who.subject())
                .audience(tamper == Tamper.AUDIENCE ? "another-tool" : CLIENT_ID)
                .issueTime(Date.from(tamper == Tamper.EXPIRED ? now.minusSeconds(900) : now))
                .expirationTime(Date.from(exp))
                .claim("nonce", nonce)
                .claim("name", who.name())
                .claim(LtiClaims.DEPLOYMENT_ID, tamper == Tamper.DEPLOYMENT ? "deployment-unknown" : DEPLOYMENT)
                .claim(LtiClaims.MESSAGE_TYPE, messageType)
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.ROLES, who.roles())
                .claim(LtiClaims.CUSTOM, custom);
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
            c.claim(
                    LtiClaims.DL_SETTINGS,
                    Map.of(
                            "deep_link_return_url",
                            base() + "/deep-link-return",
                            "accept_types",
                            List.of("ltiResourceLink"),
                            "data",
                            "opaque-course-42"));
        } else {
            c.claim(LtiClaims.RESOURCE_LINK, Map.of("id", "link-1", "title", "Mary's case"));
            c.claim(
                    LtiClaims.AGS_ENDPOINT,
                    Map.of(
                            "scope", List.of(LtiClaims.AGS_SCORE_SCOPE),
                            "lineitems", base() + "/lineitems",
                            "lineitem", lineItem()));
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    c.build());
            jwt.sign(new RSASSASigner(tamper == Tamper.SIGNATURE ? stranger : key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of the page the authorization endpoint answers: the id_token and state to post. */
    public static Map<String, String> formFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        var m = java.util.regex.Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .matcher(html);
        while (m.find()) {
            fields.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        var action = java.util.regex.Pattern.compile("action=\"([^\"]+)\"").matcher(html);
        if (action.find()) {
            fields.put("_action", HtmlUtils.htmlUnescape(action.group(1)));
        }
        return fields;
    }

    private void jwks(HttpExchange x) throws IOException {
        send(x, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
    }

    /** OIDC authorization: the login hint names the person; the message hint says what kind of launch. */
    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = query(x.getRequestURI().getRawQuery());
        Person who =
                switch (q.get("login_hint")) {
                    case "instructor" -> INSTRUCTOR;
                    case "newcomer" -> NEWCOMER;
                    default -> LEARNER;
                };
        boolean deepLink = "deep-link".equals(q.get("lti_message_hint"));
        String token = idToken(
                who,
                q.get("nonce"),
                deepLink ? LtiClaims.DEEP_LINKING_REQUEST : LtiClaims.RESOURCE_LINK_REQUEST,
                deepLink ? Map.of() : linkCustom);
        idTokens.add(token);
        send(
                x,
                200,
                "text/html",
                "<!DOCTYPE html><html><body><form id=\"launch\" method=\"post\" action=\""
                        + HtmlUtils.htmlEscape(q.get("redirect_uri")) + "\">"
                        + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                        + "<input type=\"hidden\" name=\"state\" value=\"" + HtmlUtils.htmlEscape(q.get("state"))
                        + "\"></form><script>document.getElementById('launch').submit();</script></body></html>");
    }

    private void token(HttpExchange x) throws IOException {
        Map<String, String> form = form(x);
        try {
            SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
            JWTClaimsSet c = assertion.getJWTClaimsSet();
            boolean ok = signedByTool(assertion)
                    && CLIENT_ID.equals(c.getIssuer())
                    && CLIENT_ID.equals(c.getSubject())
                    && c.getAudience().contains(base() + "/token")
                    && "client_credentials".equals(form.get("grant_type"))
                    && LtiClaims.AGS_SCORE_SCOPE.equals(form.get("scope"));
            if (!ok) {
                refusedAssertions.add(form.get("client_assertion"));
                send(x, 401, "application/json", "{\"error\":\"invalid_client\"}");
                return;
            }
        } catch (Exception e) {
            refusedAssertions.add(String.valueOf(e));
            send(x, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        send(
                x,
                200,
                "application/json",
                "{\"access_token\":\"platform-token-" + tokensIssued.incrementAndGet()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void score(HttpExchange x) throws IOException {
        if (scoresDown) {
            send(x, 503, "text/plain", "down for maintenance");
            return;
        }
        String auth = x.getRequestHeaders().getFirst("Authorization");
        if (!x.getRequestURI().getPath().equals("/lineitems/1/lineitem/scores")
                || !"type_id=3".equals(x.getRequestURI().getRawQuery())
                || auth == null
                || !auth.startsWith("Bearer platform-token-")
                || !"application/vnd.ims.lis.v1.score+json"
                        .equals(x.getRequestHeaders().getFirst("Content-Type"))) {
            send(x, 400, "text/plain", "not a score for line item 1");
            return;
        }
        scores.add(JSON.readTree(x.getRequestBody().readAllBytes()));
        send(x, 204, "text/plain", "");
    }

    /** Whether the tool signed this, checked against the tool's published keys, as a platform checks it. */
    private boolean signedByTool(SignedJWT jwt) throws Exception {
        RSAKey toolKey = JWKSet.parse(get(toolBase + "lti/jwks"))
                .getKeyByKeyId(jwt.getHeader().getKeyID())
                .toRSAKey();
        return jwt.verify(new RSASSAVerifier(toolKey));
    }

    private static Map<String, String> form(HttpExchange x) throws IOException {
        return query(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private void deepLinkReturn(HttpExchange x) throws IOException {
        try {
            SignedJWT answer = SignedJWT.parse(form(x).get("JWT"));
            if (!signedByTool(answer)) {
                send(x, 400, "text/html", "<p>signature does not verify</p>");
                return;
            }
            deepLinkAnswers.add(answer.getJWTClaimsSet());
            send(x, 200, "text/html", "<!DOCTYPE html><html><body><h1>Activity added</h1></body></html>");
        } catch (Exception e) {
            send(x, 400, "text/html", "<p>" + HtmlUtils.htmlEscape(String.valueOf(e)) + "</p>");
        }
    }

    /** A course page: its button starts a launch from the platform, as the LMS's activity link does. */
    private void course(HttpExchange x) throws IOException {
        Map<String, String> q = query(x.getRequestURI().getRawQuery());
        String as = q.getOrDefault("as", "learner");
        String hint = q.getOrDefault("message", "link-1");
        send(
                x,
                200,
                "text/html",
                "<!DOCTYPE html><html><head><title>Course</title></head><body><h1>Clinical supervision 101</h1>"
                        + "<form method=\"post\" action=\"" + toolBase + "lti/login\">"
                        + field("iss", issuer()) + field("login_hint", as)
                        + field("target_link_uri", toolBase + "lti/launch") + field("client_id", CLIENT_ID)
                        + field("lti_deployment_id", DEPLOYMENT) + field("lti_message_hint", hint)
                        + "<button id=\"open-activity\" type=\"submit\">Open the activity</button></form></body></html>");
    }

    private static String field(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + HtmlUtils.htmlEscape(value) + "\">";
    }

    private String get(String url) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        x.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    /** A fresh random id, for tests that need one. */
    static String id() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
