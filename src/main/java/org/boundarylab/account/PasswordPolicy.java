package org.boundarylab.account;

import java.util.Locale;

/**
 * What a password must be: 8 to 128 characters, not only spaces, not one of the most common
 * passwords, and not built on what an attacker knows first (the user's own names, the product's
 * name). Each refusal says which rule, so the person can choose again at once.
 */
final class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 128;
    /** Name words shorter than this ("Li", "Ann") would refuse too many ordinary passwords. */
    private static final int NAME_WORD = 4;

    private PasswordPolicy() {}

    static void check(String password, String username, String displayName) {
        problem(password, username, displayName).ifPresent(p -> {
            throw new AccountException(p);
        });
    }

    /** The first rule the password breaks, as "Password: ...", or empty when it keeps them all. */
    static java.util.Optional<String> problem(String password, String username, String displayName) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return java.util.Optional.of("Password: use " + MIN + " to " + MAX + " characters.");
        }
        if (password.isBlank()) {
            return java.util.Optional.of("Password: use letters, digits or symbols, not only spaces.");
        }
        String folded = fold(password);
        if (folded.contains("boundarylab")) {
            return java.util.Optional.of(
                    "Password: do not use the product's name; it is the first thing an attacker tries.");
        }
        if (username != null && fold(username).length() >= 2 && folded.contains(fold(username))) {
            return java.util.Optional.of("Password: do not use the username in it; choose words nobody links to you.");
        }
        if (displayName != null) {
            for (String word : displayName.split("[\\s\\p{Punct}]+")) {
                if (word.length() >= NAME_WORD && folded.contains(fold(word))) {
                    return java.util.Optional.of(
                            "Password: do not use the person's own name in it; choose words nobody links to them.");
                }
            }
        }
        if (CommonPasswords.contains(password)) {
            return java.util.Optional.of(
                    "Password: this is one of the most common passwords, the first an attacker tries. "
                            + "Choose another, for example a few unrelated words.");
        }
        return java.util.Optional.empty();
    }

    /** Lower case without spaces and separators, so "Boundary-Lab" and "boundary lab" are caught alike. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]+", "");
    }
}
