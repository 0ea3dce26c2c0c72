package org.boundarylab.vignette;

import java.time.Instant;

/** A vignette as the library lists it: its newest revision, who saved that, when, and whether it is retired. */
public record LibraryEntry(VersionedVignette current, String author, Instant savedAt, boolean retired) {

    public Vignette vignette() {
        return current.vignette();
    }

    public String id() {
        return current.id();
    }
}
