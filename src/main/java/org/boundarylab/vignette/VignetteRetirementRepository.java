package org.boundarylab.vignette;

import org.springframework.data.jpa.repository.JpaRepository;

interface VignetteRetirementRepository extends JpaRepository<VignetteRetirement, String> {}
