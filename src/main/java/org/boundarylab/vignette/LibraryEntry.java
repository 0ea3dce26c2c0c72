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

    /** One of the cases that ship with Boundary Lab (only an admin changes those). */
    public boolean seed() {
        return SeedLoader.SEED_AUTHOR.equals(author);
    }
}
