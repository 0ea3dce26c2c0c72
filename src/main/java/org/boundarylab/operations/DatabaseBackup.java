package org.boundarylab.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.boundarylab.account.Role;
import org.boundarylab.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Online backups while the app runs: H2's {@code SCRIPT TO ... COMPRESSION ZIP} writes a
 * transactionally consistent SQL dump (MVCC: nobody is locked out) into {@code <data-dir>/backups},
 * owner-only, with an HMAC-SHA256 beside it ({@code FILE.zip.mac}) made with
 * {@code <data-dir>/backup.key}. {@code java -jar boundary-lab.jar restore ...} checks it before it
 * loads anything (README, "Backups").
 */
@Service
@PreAuthorize(Role.ADMIN_ONLY)
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final JdbcClient jdbc;
    private final Path folder;
    private final Path keyFile;
    private final AuditLog audit;
    private final boolean embedded;

    DatabaseBackup(
            JdbcClient jdbc,
            @Value("${boundarylab.data-dir}") Path dataDir,
            @Value("${spring.datasource.url}") String databaseUrl,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.embedded = databaseUrl.startsWith("jdbc:h2:");
        this.folder = dataDir.resolve("backups");
        this.keyFile = dataDir.resolve(BackupKey.FILE_NAME);
        this.audit = audit;
    }

    /** A backup in the list; signed when its .mac is beside it (backups of older versions have none). */
    public record Backup(String name, long bytes, Instant at, boolean signed) {}

    /** An opened backup file for download: close the stream. */
    public record Download(String name, long bytes, InputStream content) {}

    /**
     * Whether backups are taken here: on the embedded H2 database, yes; a PostgreSQL server is backed up
     * with its own tools ({@code pg_dump}, README "Backups"), which see every node's writes.
     */
    public boolean inApp() {
        return embedded;
    }

    public Backup create() throws IOException {
        if (!embedded) {
            throw new IllegalStateException(
                    "This server keeps its data in PostgreSQL: back it up with pg_dump (README, Backups)");
        }
        OwnerOnly.folder(folder);
        BackupKey key = BackupKey.loadOrCreate(keyFile);
        Instant now = Instant.now();
        Path file = newFile(now);
        // the path is ours (a timestamp), never user input
        jdbc.sql("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP")
                .query()
                .listOfRows();
        key.sign(file);
        restrictOlderBackups();
        audit.record(actor(), "BACKUP_CREATED", file.getFileName().toString());
        return new Backup(file.getFileName().toString(), Files.size(file), now, true);
    }

    /**
     * Created owner-only before H2 writes into it, so it is never readable by others, not even for a
     * moment; a second backup in the same second gets -2, -3, ... rather than failing.
     */
    private Path newFile(Instant now) throws IOException {
        for (int n = 1; ; n++) {
            Path file = folder.resolve("boundarylab-" + STAMP.format(now) + (n == 1 ? "" : "-" + n) + ".zip")
                    .toAbsolutePath();
            try {
                OwnerOnly.createFile(file);
                return file;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // next suffix
            }
        }
    }

    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")
                            && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder())
                    .map(DatabaseBackup::describe)
                    .toList();
        }
    }

    /**
     * Opens a backup, or its .mac, for an admin to download; only names from {@link #list()} are
     * served (never the key, nothing outside the folder), and each download is audited.
     */
    public Download download(String name) throws IOException {
        if (name == null || name.contains("/") || name.contains("\\") || name.contains("..") || !listed(name)) {
            audit.record(actor(), "BACKUP_DOWNLOAD_REFUSED", String.valueOf(name));
            throw new IllegalArgumentException("No such backup: " + name);
        }
        Path file = folder.resolve(name);
        audit.record(actor(), "BACKUP_DOWNLOADED", name);
        return new Download(name, Files.size(file), Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
    }

    private boolean listed(String name) throws IOException {
        for (Backup b : list()) {
            if (name.equals(b.name()) || (b.signed() && name.equals(b.name() + BackupKey.MAC_SUFFIX))) {
                return true;
            }
        }
        return false;
    }

    /** The folder the backups are in, for the screen to say where to find them. */
    public Path folder() {
        return folder.toAbsolutePath().normalize();
    }

    /** The key restore needs besides the backup and its .mac. */
    public Path keyFile() {
        return keyFile.toAbsolutePath().normalize();
    }

    /** Backups written before backups were owner-only are narrowed too. */
    private void restrictOlderBackups() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                OwnerOnly.restrict(f);
            }
        }
    }

    private static Backup describe(Path f) {
        String name = f.getFileName().toString();
        boolean signed = Files.isRegularFile(BackupKey.macFile(f), LinkOption.NOFOLLOW_LINKS);
        try {
            return new Backup(name, Files.size(f), Files.getLastModifiedTime(f).toInstant(), signed);
        } catch (IOException e) {
            return new Backup(name, -1, null, signed);
        }
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
