package org.boundarylab.xapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (version 5, SHA-1) under the instance's salt: the same event always gets the same
 * statement id, an attempt the same registration, an account the same pseudonym, and nobody without
 * the salt can tell which account a pseudonym stands for.
 */
final class Ids {

    private Ids() {}

    static String statement(String salt, String event) {
        return of(salt, "statement/" + event).toString();
    }

    static String registration(String salt, long attemptId) {
        return of(salt, "attempt/" + attemptId).toString();
    }

    static String account(String salt, long accountId) {
        return of(salt, "account/" + accountId).toString();
    }

    static UUID of(String salt, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            UUID namespace = UUID.fromString(salt);
            sha1.update(bytes(namespace));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[8 + i] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(UUID uuid) {
        byte[] b = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (msb >>> (56 - 8 * i));
            b[8 + i] = (byte) (lsb >>> (56 - 8 * i));
        }
        return b;
    }
}
