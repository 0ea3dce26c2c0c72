package org.boundarylab.vignette;

/** A vignette as stored in one revision; attempts keep the revision they were made against. */
public record VersionedVignette(Vignette vignette, int version) {

    public String id() {
        return vignette.id();
    }
}
