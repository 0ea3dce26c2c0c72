package org.boundarylab.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.cli.BoundaryLabCli;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class DatabaseBackupTest {

    @Autowired
    DatabaseBackup backup;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttemptService attempts;

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** A trainee's attempt with two judgments, so the backup holds every kind of value the schema has. */
    private void aTraineeJudgesTwoSegments() {
        UserSummary trainee = users.ensure("backed-up-trainee", Role.TRAINEE);
        Authentication admin = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        trainee.username(), null, AuthorityUtils.createAuthorityList("ROLE_TRAINEE")));
        try {
            long attempt = attempts.startNew("mary-after-hours").attemptId();
            attempts.submit(
                    attempt, new Judgment("s1", Set.of(), List.of(), "Nothing here; 'quoted' -- and a semicolon;", 1));
            attempts.submit(
                    attempt, new Judgment("s2", Set.of(Characteristic.SECRECY), List.of(), "Secret, é ü 中文.", 3));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(admin);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_online_backup_passes_every_check_and_restores_into_a_new_folder_with_every_row_and_is_audited(
            @TempDir Path temp) throws Exception {
        aTraineeJudgesTwoSegments();
        int accounts = count("select count(*) from user_account");
        int judgments = count("select count(*) from judgment");
        DatabaseBackup.Backup made = backup.create();
        Path file = backup.folder().resolve(made.name());
        assertThat(file).exists();
        assertThat(BackupKey.macFile(file)).exists();
        assertThat(backup.list()).extracting(DatabaseBackup.Backup::name).contains(made.name());
        assertThat(count("select count(*) from audit_event where action = 'BACKUP_CREATED'"))
                .isPositive();

        Path restored = temp.resolve("restored");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // no --key: the key is found beside the backups folder, as on the machine that took it
        int code = BoundaryLabCli.run(
                new String[] {"restore", "--backup", file.toString(), "--data-dir", restored.toString()},
                new PrintStream(out),
                new PrintStream(err));
        assertThat(code).as(err.toString()).isZero();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:h2:file:" + restored.toAbsolutePath() + "/boundarylab", "sa", "");
                ResultSet rs = db.createStatement()
                        .executeQuery(
                                "select (select count(*) from user_account), (select count(*) from judgment), "
                                        + "(select max(j.rationale) from judgment j join attempt a on a.id = j.attempt_id join user_account u "
                                        + "on u.id = a.trainee_id where u.username = 'backed-up-trainee' and j.segment_id = 's2')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(accounts);
            assertThat(rs.getInt(2)).isEqualTo(judgments).isGreaterThanOrEqualTo(2);
            assertThat(rs.getString(3)).isEqualTo("Secret, é ü 中文.");
        }
        int again = BoundaryLabCli.run(
                new String[] {"restore", "--backup", file.toString(), "--data-dir", restored.toString()},
                new PrintStream(out),
                new PrintStream(err));
        assertThat(again).isEqualTo(2);
        assertThat(err.toString()).contains("already holds a database");
        Files.deleteIfExists(file);
        Files.deleteIfExists(BackupKey.macFile(file));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void backups_their_mac_and_the_key_are_readable_by_the_owner_only_and_the_key_is_never_in_a_backup()
            throws Exception {
        Assumptions.assumeTrue(
                backup.folder().getFileSystem().supportedFileAttributeViews().contains("posix"));
        DatabaseBackup.Backup made = backup.create();
        Path file = backup.folder().resolve(made.name());
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(BackupKey.macFile(file))).isEqualTo("rw-------");
        assertThat(permissions(backup.keyFile())).isEqualTo("rw-------");
        assertThat(permissions(backup.folder())).isEqualTo("rwx------");
        String key = Files.readString(backup.keyFile()).strip();
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(backup.keyFile().getParent()).isNotEqualTo(backup.folder());
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("script.sql"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain(key);
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(BackupKey.macFile(file));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_downloads_a_listed_backup_and_its_mac_and_nothing_else_and_each_download_is_audited()
            throws Exception {
        DatabaseBackup.Backup made = backup.create();
        Path file = backup.folder().resolve(made.name());
        int downloads = count("select count(*) from audit_event where action = 'BACKUP_DOWNLOADED' and detail = '"
                + made.name() + "'");
        DatabaseBackup.Download zip = backup.download(made.name());
        try (InputStream in = zip.content()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(zip.bytes()).isEqualTo(Files.size(file));
        try (InputStream in = backup.download(made.name() + ".mac").content()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(BackupKey.macFile(file)));
        }
        assertThat(count("select count(*) from audit_event where action = 'BACKUP_DOWNLOADED' and detail = '"
                        + made.name() + "'"))
                .isEqualTo(downloads + 1);

        for (String name : List.of(
                "../backup.key",
                "backup.key",
                "..",
                "backups/" + made.name(),
                "/etc/passwd",
                made.name() + "/../../backup.key",
                "..\\backup.key",
                "boundarylab-19700101-000000.zip")) {
            assertThatThrownBy(() -> backup.download(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(
                        count(
                                "select count(*) from audit_event where action = 'BACKUP_DOWNLOAD_REFUSED' and detail = '../backup.key'"))
                .isPositive();
        Files.deleteIfExists(file);
        Files.deleteIfExists(BackupKey.macFile(file));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void two_backups_in_the_same_second_are_two_files() throws Exception {
        DatabaseBackup.Backup first = backup.create();
        DatabaseBackup.Backup second = backup.create();
        assertThat(second.name()).isNotEqualTo(first.name());
        for (DatabaseBackup.Backup b : List.of(first, second)) {
            Files.deleteIfExists(backup.folder().resolve(b.name()));
            Files.deleteIfExists(BackupKey.macFile(backup.folder().resolve(b.name())));
        }
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void only_an_admin_takes_or_downloads_backups_and_the_refusal_is_audited() {
        int before = count("select count(*) from audit_event where actor = 'sue' and action = 'ACCESS_DENIED'");
        assertThatThrownBy(() -> backup.create()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backup.download("anything.zip")).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from audit_event where actor = 'sue' and action = 'ACCESS_DENIED'"))
                .isEqualTo(before + 2);
    }

    private static String permissions(Path p) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
