package org.boundarylab.lti;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's side of LTI: registering platforms, rotating the tool's key. Audited. */
@Service
@PreAuthorize(Role.ADMIN_ONLY)
public class LtiPlatforms {

    private final PlatformStore store;
    private final ToolKeys keys;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ScoreOutbox outbox;

    LtiPlatforms(PlatformStore store, ToolKeys keys, CurrentUser currentUser, AuditLog audit, ScoreOutbox outbox) {
        this.outbox = outbox;
        this.store = store;
        this.keys = keys;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** What the form sends; deployment ids one per line or comma-separated. */
    public record Form(
            long id,
            String name,
            String issuer,
            String clientId,
            String deploymentIds,
            String authEndpoint,
            String tokenEndpoint,
            String jwksEndpoint,
            boolean inFrame,
            String lmsAddress) {}

    /** A field the form should mark, and why. */
    public record Problem(String field, String message) {}

    public static final class InvalidPlatform extends RuntimeException {
        private final List<Problem> problems;

        InvalidPlatform(List<Problem> problems) {
            super(problems.getFirst().message());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public List<Platform> all() {
        return store.all();
    }

    /** Registers a platform (id 0) or changes one; every problem at once. */
    @Transactional
    public Platform save(Form f) {
        List<Problem> problems = new ArrayList<>();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            problems.add(new Problem("name", "Name: what this platform is called here (at most 120 characters)."));
        }
        String issuer = url(problems, "issuer", "Issuer", f.issuer());
        String clientId = required(problems, "clientId", "Client id", f.clientId(), 200);
        List<String> deployments = Arrays.stream((f.deploymentIds() == null ? "" : f.deploymentIds()).split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .distinct()
                .toList();
        if (deployments.isEmpty()) {
            problems.add(new Problem("deploymentIds", "Deployment ids: the LMS shows one when the tool is added."));
        } else if (deployments.stream().anyMatch(d -> d.length() > 255)) {
            problems.add(new Problem("deploymentIds", "Deployment ids: at most 255 characters each."));
        }
        String auth = url(problems, "authEndpoint", "Authentication request URL", f.authEndpoint());
        String token = url(problems, "tokenEndpoint", "Access token URL", f.tokenEndpoint());
        String jwks = url(problems, "jwksEndpoint", "Public keyset URL", f.jwksEndpoint());
        // the page that frames launches in iframe mode: Moodle's issuer is its address, Canvas's is not
        String lms = f.lmsAddress() == null || f.lmsAddress().isBlank()
                ? issuer
                : url(problems, "lmsAddress", "LMS address", f.lmsAddress());
        if (problems.isEmpty() && store.taken(issuer, clientId, f.id())) {
            problems.add(
                    new Problem("clientId", "Client id: this platform is already registered with this client id."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlatform(problems);
        }
        Platform p = new Platform(
                f.id(), name, issuer, clientId, deployments, auth, token, jwks, f.inFrame(), Platform.originOf(lms));
        long id = store.save(p);
        audit.record(
                currentUser.require().username(),
                "LTI_PLATFORM_SAVED",
                "LMS platform " + name + " (issuer " + issuer + ", client id " + clientId + ", deployments "
                        + String.join(" ", deployments) + ", " + (f.inFrame() ? "inside the LMS page" : "new window")
                        + ")");
        return store.byId(id).orElseThrow();
    }

    /** A new tool key; the previous one stays published until the next rotation. */
    public String rotateKey() {
        String kid = keys.rotate();
        audit.record(currentUser.require().username(), "LTI_KEY_ROTATED", "new LTI signing key " + kid);
        return kid;
    }

    /** The scores outbox in numbers, with the last problem while scores wait. */
    public record ScoreStatus(long waiting, long sent, long rejected, String lastProblem) {}

    public ScoreStatus scoreStatus() {
        ScoreOutbox.Counts c = outbox.counts();
        return new ScoreStatus(c.waiting(), c.sent(), c.rejected(), c.waiting() > 0 ? c.lastError() : null);
    }

    /** The key that signs now (its id), shown beside the JWKS address. */
    public String currentKeyId() {
        return keys.signing().getKeyID();
    }

    private static String required(List<Problem> problems, String field, String label, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new Problem(field, label + ": the LMS shows it when the tool is added."));
        } else if (v.length() > max) {
            problems.add(new Problem(field, label + ": at most " + max + " characters."));
        }
        return v;
    }

    /** An https address; plain http only on this machine (a test platform). */
    private static String url(List<Problem> problems, String field, String label, String value) {
        String v = required(problems, field, label, value, 500);
        if (v.isEmpty() || v.length() > 500) {
            return v;
        }
        try {
            URI u = URI.create(v);
            boolean local = "localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost());
            if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()) && local)) {
                problems.add(new Problem(field, label + ": an https:// address, as the LMS shows it."));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, label + ": not an address (" + e.getMessage() + ")."));
        }
        return v;
    }
}
