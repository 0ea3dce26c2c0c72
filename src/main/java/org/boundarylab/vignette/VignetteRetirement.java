package org.boundarylab.vignette;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A retired vignette: no new attempts, every revision kept for the reports made against it. */
@Entity
@Table(name = "vignette_retirement")
class VignetteRetirement {

    @Id
    @Column(name = "vignette_id")
    private String vignetteId;

    @Column(name = "retired_by", nullable = false)
    private String retiredBy;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected VignetteRetirement() {}

    VignetteRetirement(String vignetteId, String retiredBy) {
        this.vignetteId = vignetteId;
        this.retiredBy = retiredBy;
        this.retiredAt = Instant.now();
    }

    String getVignetteId() {
        return vignetteId;
    }
}
