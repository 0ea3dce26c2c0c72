package org.boundarylab.xapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The admin's side of learning records: where statements go, whether sending is on, how the outbox
 * stands, a connection check and "send now". The secret is never handed back, only whether one is set.
 */
@Service
@PreAuthorize(Role.ADMIN_ONLY)
public class LearningRecords {

    static final int MAX_FIELD = 200;
    private final SettingsStore store;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final String publicUrl;

    LearningRecords(
            SettingsStore store,
            Outbox outbox,
            OutboxSender sender,
            CurrentUser currentUser,
            AuditLog audit,
            @Value("${boundarylab.public-url:}") String publicUrl) {
        this.store = store;
        this.outbox = outbox;
        this.sender = sender;
        this.currentUser = currentUser;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    /** The settings as the form shows them: the home page defaults to boundarylab.public-url. */
    public record Settings(boolean enabled, String endpoint, String key, boolean secretSet, String homePage) {}

    /** The outbox in numbers, with the last problem the sender met while statements wait. */
    public record Status(
            long waiting, long sent, long rejected, Optional<String> lastError, Optional<Instant> lastSent) {}

    /** A field the form should mark, and why. */
    public record Problem(String field, String message) {}

    public static final class InvalidSettings extends RuntimeException {
        private final List<Problem> problems;

        InvalidSettings(List<Problem> problems) {
            super(problems.getFirst().message());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public Settings settings() {
        XapiSettings s = store.current();
        return new Settings(
                s.enabled(),
                s.endpoint(),
                s.key(),
                !s.secret().isEmpty(),
                s.homePage().isEmpty() ? publicUrl : s.homePage());
    }

    /**
     * Saves the settings; a blank {@code newSecret} keeps the stored one. Turning sending on needs an
     * endpoint, a key, a secret and this instance's address. Audited, without the secret.
     */
    public Settings save(boolean enabled, String endpoint, String key, String newSecret, String homePage) {
        String e = trim(endpoint);
        String k = trim(key);
        String h = trim(homePage);
        String secret =
                newSecret == null || newSecret.isBlank() ? store.current().secret() : newSecret.strip();
        List<Problem> problems = new ArrayList<>();
        check(problems, "endpoint", e, "LRS endpoint", enabled);
        if (enabled && k.isEmpty()) {
            problems.add(new Problem("key", "Key: the LRS gives you a key and a secret for Boundary Lab."));
        }
        if (enabled && secret.isEmpty()) {
            problems.add(new Problem("secret", "Secret: the LRS gives you a key and a secret for Boundary Lab."));
        }
        check(problems, "homePage", h, "This instance's address", enabled);
        if (k.length() > MAX_FIELD || secret.length() > MAX_FIELD) {
            problems.add(
                    new Problem(k.length() > MAX_FIELD ? "key" : "secret", "At most " + MAX_FIELD + " characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        String me = currentUser.require().username();
        store.save(enabled, e, k, secret, h, me);
        audit.record(
                me,
                "LRS_SETTINGS",
                "sending " + (enabled ? "on" : "off") + ", endpoint " + e + ", key " + k + ", home page " + h);
        return settings();
    }

    public Status status() {
        Outbox.Counts c = outbox.counts();
        return new Status(c.waiting(), c.sent(), c.rejected(), c.lastError(), c.lastSent());
    }

    /** Sends what waits, now, even while the sender is waiting after a failure. */
    public Status sendNow() {
        sender.sendNow();
        return status();
    }

    /** Asks the stored LRS's about resource with the stored credentials. */
    public String checkConnection() {
        XapiSettings s = store.current();
        if (s.endpoint().isEmpty()) {
            return "No LRS endpoint is set.";
        }
        return sender.check(s);
    }

    private static void check(List<Problem> problems, String field, String value, String label, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, label + ": needed before statements can be sent."));
            }
            return;
        }
        if (value.length() > 500) {
            problems.add(new Problem(field, label + ": at most 500 characters."));
            return;
        }
        String problem = XapiSettings.problemWithUrl(value, label);
        if (problem != null) {
            problems.add(new Problem(field, problem));
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
