package org.boundarylab.vignette;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.boundarylab.account.Role;
import org.boundarylab.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vignettes users can take: the newest stored revision of each. Parsed revisions are cached;
 * stored content was validated when it was stored.
 */
@Service
public class VignetteCatalog {

    private final VignetteVersionRepository versions;
    private final Map<String, VersionedVignette> parsed = new ConcurrentHashMap<>();

    private final VignetteRetirementRepository retirements;

    VignetteCatalog(VignetteVersionRepository versions, VignetteRetirementRepository retirements) {
        this.versions = versions;
        this.retirements = retirements;
    }

    /** The vignettes open for new attempts, easiest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LibraryEntry> library() {
        return entries().stream().filter(e -> !e.retired()).toList();
    }

    /** Every vignette, retired ones too: what supervisors maintain. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public List<LibraryEntry> libraryIncludingRetired() {
        return entries();
    }

    /** The newest revision, unless the vignette is retired: what a new attempt is made against. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<VersionedVignette> openForAttempts(String vignetteId) {
        return retirements.existsById(vignetteId) ? Optional.empty() : latest(vignetteId);
    }

    private List<LibraryEntry> entries() {
        Set<String> retired = new HashSet<>();
        retirements.findAll().forEach(r -> retired.add(r.getVignetteId()));
        return versions.findLatestVersions().stream()
                .map(v -> new LibraryEntry(
                        parse(v), v.getAuthor(), v.getCreatedAt(), retired.contains(v.getVignetteId())))
                .sorted(Comparator.comparingInt((LibraryEntry e) -> e.vignette().difficulty())
                        .thenComparing(e -> e.vignette().title()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<VersionedVignette> latest(String vignetteId) {
        return versions.findFirstByVignetteIdOrderByVersionDesc(vignetteId).map(this::parse);
    }

    /** Revisions never change once stored, so one parsed is kept; no transaction is opened for a kept one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<VersionedVignette> revision(String vignetteId, int version) {
        VersionedVignette cached = parsed.get(vignetteId + "@" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        return versions.findByVignetteIdAndVersion(vignetteId, version).map(this::parse);
    }

    private VersionedVignette parse(VignetteVersion stored) {
        return parsed.computeIfAbsent(stored.getVignetteId() + "@" + stored.getVersion(), key -> {
            try {
                return new VersionedVignette(
                        VignetteReader.read(stored.getContent(), stored.getVignetteId() + ".yaml"),
                        stored.getVersion());
            } catch (InvalidInputException e) {
                throw new IllegalStateException(
                        "Stored vignette " + key + " no longer validates: " + e.getMessage(), e);
            }
        });
    }
}
