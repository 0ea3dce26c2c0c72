package org.boundarylab.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * transactionally consistent SQL dump (MVCC: nobody is locked out) into {@code <data-dir>/backups}.
 * {@code java -jar boundary-lab.jar restore --backup FILE --data-dir DIR} loads one into an empty
 * folder (README, "Backups").
 */
@Service
@PreAuthorize(Role.ADMIN_ONLY)
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final JdbcClient jdbc;
    private final Path folder;
    private final AuditLog audit;

    DatabaseBackup(JdbcClient jdbc, @Value("${boundarylab.data-dir}") Path dataDir, AuditLog audit) {
        this.jdbc = jdbc;
        this.folder = dataDir.resolve("backups");
        this.audit = audit;
    }

    public record Backup(String name, long bytes, Instant at) {
    }

    public Backup create() throws IOException {
        Files.createDirectories(folder);
        Instant now = Instant.now();
        Path file = folder.resolve("boundarylab-" + STAMP.format(now) + ".zip").toAbsolutePath();
        // the path is ours (a timestamp), never user input
        jdbc.sql("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP").query().listOfRows();
        audit.record(SecurityContextHolder.getContext().getAuthentication().getName(), "BACKUP_CREATED", file.getFileName().toString());
        return new Backup(file.getFileName().toString(), Files.size(file), now);
    }

    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted(java.util.Comparator.reverseOrder())
                    .map(f -> {
                        try {
                            return new Backup(f.getFileName().toString(), Files.size(f), Files.getLastModifiedTime(f).toInstant());
                        } catch (IOException e) {
                            return new Backup(f.getFileName().toString(), -1, null);
                        }
                    }).toList();
        }
    }

    /** The folder the backups are in, for the screen to say where to find them. */
    public Path folder() {
        return folder.toAbsolutePath().normalize();
    }
}
