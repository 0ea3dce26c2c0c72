package org.boundarylab.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs backups: 32 random bytes, hex, in {@code <data-dir>/backup.key} (owner-only,
 * never inside a backup). Each backup gets an HMAC-SHA256 of its zip's bytes in {@code FILE.zip.mac}
 * beside it; restore checks it before it opens the zip, so a changed or foreign backup runs nothing.
 */
public final class BackupKey {

    public static final String FILE_NAME = "backup.key";
    public static final String MAC_SUFFIX = ".mac";
    private static final String HMAC = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();
    private final byte[] key;

    private BackupKey(byte[] key) {
        this.key = key;
    }

    /** The data folder's key, made on the first backup. */
    static synchronized BackupKey loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // written whole under another name, then renamed: a crash never leaves half a key
            Path partial = file.resolveSibling(FILE_NAME + ".partial");
            Files.deleteIfExists(partial);
            OwnerOnly.write(partial, (HEX.formatHex(fresh) + "\n").getBytes(StandardCharsets.US_ASCII));
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(partial);
            }
        }
        return load(file);
    }

    /** Reads a key file; a missing or malformed one is refused with its path. */
    public static BackupKey load(Path file) throws RefusedBackup, IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new RefusedBackup(
                    file + ": the backup key is not there; pass --key with the backup.key of the data folder "
                            + "the backup was taken from");
        }
        if (!text.matches("[0-9a-f]{64}")) {
            throw new RefusedBackup(file + ": not a backup key (64 hex digits expected)");
        }
        return new BackupKey(HEX.parseHex(text));
    }

    public static Path macFile(Path backup) {
        return backup.resolveSibling(backup.getFileName() + MAC_SUFFIX);
    }

    /** Writes {@code FILE.mac} (owner-only) beside the backup. */
    void sign(Path backup) throws IOException {
        Path mac = macFile(backup);
        Files.deleteIfExists(mac);
        OwnerOnly.write(mac, (HEX.formatHex(mac(backup)) + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Refuses content whose MAC file is missing, malformed or does not match its bytes. The content
     * may be a private copy of the backup, so nobody can swap the file between check and use.
     */
    public void verify(Path content, Path macFile, String shownAs) throws IOException {
        String text;
        try {
            text = Files.readString(macFile, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new RefusedBackup(shownAs + ": refused: its MAC file " + macFile + " is missing; "
                    + "only backups this app signed are restored");
        }
        if (!text.matches("[0-9a-f]{64}")) {
            throw new RefusedBackup(shownAs + ": refused: " + macFile + " is not a MAC");
        }
        // constant time: the comparison tells an attacker nothing about how close a guess was
        if (!MessageDigest.isEqual(HEX.parseHex(text), mac(content))) {
            throw new RefusedBackup(shownAs + ": refused: its MAC does not match (the file was changed, or signed with "
                    + "another data folder's key)");
        }
    }

    private byte[] mac(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                mac.update(buffer, 0, n);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }
}
