package org.boundarylab.vignette;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    VignetteCatalog(VignetteVersionRepository versions) {
        this.versions = versions;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VersionedVignette> library() {
        return versions.findLatestVersions().stream().map(this::parse)
                .sorted(Comparator.comparingInt((VersionedVignette v) -> v.vignette().difficulty())
                        .thenComparing(v -> v.vignette().title()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<VersionedVignette> latest(String vignetteId) {
        return versions.findFirstByVignetteIdOrderByVersionDesc(vignetteId).map(this::parse);
    }

    @Transactional(readOnly = true)
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
                return new VersionedVignette(VignetteReader.read(stored.getContent(), stored.getVignetteId() + ".yaml"),
                        stored.getVersion());
            } catch (InvalidInputException e) {
                throw new IllegalStateException("Stored vignette " + key + " no longer validates: " + e.getMessage(), e);
            }
        });
    }
}
