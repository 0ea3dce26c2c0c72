package org.boundarylab.vignette;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VignetteVersionRepository extends JpaRepository<VignetteVersion, Long> {

    Optional<VignetteVersion> findFirstByVignetteIdOrderByVersionDesc(String vignetteId);

    Optional<VignetteVersion> findByVignetteIdAndVersion(String vignetteId, int version);

    /** The newest revision of every vignette. */
    @Query("select v from VignetteVersion v where v.version = "
            + "(select max(w.version) from VignetteVersion w where w.vignetteId = v.vignetteId)")
    List<VignetteVersion> findLatestVersions();
}
