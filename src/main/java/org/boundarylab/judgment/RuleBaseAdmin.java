package org.boundarylab.judgment;

import java.time.Instant;
import java.util.List;
import org.boundarylab.account.Role;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.judgment.rules.RuleBase;
import org.boundarylab.judgment.rules.RuleBaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rule base in force, and reloading it from disk without a restart. Admins only. */
@Service
public class RuleBaseAdmin {

    private static final Logger log = LoggerFactory.getLogger(RuleBaseAdmin.class);
    private final DroolsJudgmentClassifier classifier;

    private final org.boundarylab.audit.AuditLog audit;

    RuleBaseAdmin(DroolsJudgmentClassifier classifier, org.boundarylab.audit.AuditLog audit) {
        this.audit = audit;
        this.classifier = classifier;
    }

    /** What is serving now. */
    public record Status(String version, Instant loadedAt, String folder, List<String> files) {
    }

    /** The outcome of a reload: the version now serving, and the compiler's messages if refused. */
    public record Reload(boolean accepted, String version, List<String> errors) {
    }

    @PreAuthorize(Role.ADMIN_ONLY)
    public Status status() {
        RuleBase rb = classifier.ruleBase();
        return new Status(rb.version(), rb.loadedAt(), classifier.folder().toAbsolutePath().normalize().toString(), rb.files());
    }

    @PreAuthorize(Role.ADMIN_ONLY)
    public Reload reload() {
        String before = classifier.ruleBaseVersion();
        try {
            RuleBase fresh = classifier.reload();
            log.info("Rule base reloaded: {} -> {}", before, fresh.version());
            audit.record(caller(), "RULES_RELOADED", before + " -> " + fresh.version());
            return new Reload(true, fresh.version(), List.of());
        } catch (RuleBaseException e) {
            log.warn("Rule base reload refused, {} keeps serving: {}", before, e.getMessage());
            audit.record(caller(), "RULES_RELOAD_REFUSED", before + " keeps serving: " + e.errors().size() + " errors");
            return new Reload(false, before, e.errors());
        }
    }

    private static String caller() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
