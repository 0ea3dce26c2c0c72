package org.boundarylab.vignette;

import java.util.Map;

/**
 * Where the signed-in user stands on each vignette, for the library cards ("In progress: 3 of 6").
 * Implemented by the training feature, so the library needs no dependency on it.
 */
public interface LibraryProgress {

    /** Vignette id to a short status line; vignettes never started are absent. */
    Map<String, String> statusByVignette();
}
