package org.boundarylab.operations;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner can read (rw------- / rwx------ on POSIX). Permissions are
 * given at creation, so no other user can open a backup or the key in the moment before a chmod.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /** Creates the folder (and its parents) if needed; the folder itself is then owner-only. */
    static void folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
    }

    /** A new, empty file; fails if it exists, so nothing written by someone else is reused. */
    static void createFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, attribute(FILE));
        } else {
            Files.createFile(file);
        }
    }

    /** Narrows an existing file (a backup written by an older version of the app). */
    static void restrict(Path file) throws IOException {
        if (POSIX && !Files.isSymbolicLink(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    static void write(Path file, byte[] content) throws IOException {
        createFile(file);
        Files.write(file, content);
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
