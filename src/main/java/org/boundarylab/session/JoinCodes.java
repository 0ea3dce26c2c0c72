package org.boundarylab.session;

import java.security.SecureRandom;

/**
 * Short codes a room can read off a projector: six characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). 24^6 is about 190 million codes, so guessing an open one is hopeless.
 */
final class JoinCodes {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, as a code: upper case, no spaces or dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
