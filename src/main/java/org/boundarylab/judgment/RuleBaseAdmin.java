package org.boundarylab.judgment;

import java.time.Instant;
import java.util.List;
import org.boundarylab.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rule base in force, and reloading it from disk without a restart. Admins only. */
@Service
public class RuleBaseAdmin {

    private static final Logger log = LoggerFactory.getLogger(RuleBaseAdmin.class);
    private final ServingRules rules;

    private final org.boundarylab.audit.AuditLog audit;

    RuleBaseAdmin(ServingRules rules, org.boundarylab.audit.AuditLog audit) {
        this.audit = audit;
        this.rules = rules;
    }

    /** What is serving now. */
    public record Status(String version, Instant loadedAt, String folder, List<String> files) {}

    /** The outcome of a reload: the version now serving, and the compiler's messages if refused. */
    public record Reload(boolean accepted, String version, List<String> errors) {}

    @PreAuthorize(Role.ADMIN_ONLY)
    public Status status() {
        ServingRules.Serving s = rules.serving();
        return new Status(
                s.version(),
                s.loadedAt(),
                s.folder().toAbsolutePath().normalize().toString(),
                s.files());
    }

    @PreAuthorize(Role.ADMIN_ONLY)
    public Reload reload() {
        String before = rules.serving().version();
        try {
            String fresh = rules.reloadFromDisk();
            log.info("Rule base reloaded: {} -> {}", before, fresh);
            audit.record(caller(), "RULES_RELOADED", before + " -> " + fresh);
            return new Reload(true, fresh, List.of());
        } catch (RuleBaseException e) {
            log.warn("Rule base reload refused, {} keeps serving: {}", before, e.getMessage());
            audit.record(
                    caller(),
                    "RULES_RELOAD_REFUSED",
                    before + " keeps serving: " + e.errors().size() + " errors");
            return new Reload(false, before, e.errors());
        }
    }

    private static String caller() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
