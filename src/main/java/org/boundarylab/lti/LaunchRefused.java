package org.boundarylab.lti;

/** A launch that failed a check, with the reason in words a person can act on. */
final class LaunchRefused extends Exception {

    private final String platform;

    LaunchRefused(String platform, String reason) {
        super(reason);
        this.platform = platform;
    }

    /** The platform as far as it is known: its name, or the issuer it claimed. */
    String platform() {
        return platform;
    }
}
