package org.boundarylab.training;

import java.util.Optional;
import org.boundarylab.vignette.VersionedVignette;

/** Which case revision an attempt is of, and in which live session if any: an attempt without its judgments. */
public record AttemptPlace(VersionedVignette vignette, Optional<Long> sessionId) {}
