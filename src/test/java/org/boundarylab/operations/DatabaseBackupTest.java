package org.boundarylab.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.cli.RestoreCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class DatabaseBackupTest {

    @Autowired
    DatabaseBackup backup;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_online_backup_restores_into_a_new_folder_with_every_account_and_is_audited(@TempDir Path restored) throws Exception {
        users.ensure("backed-up-trainee", Role.TRAINEE);
        int accounts = jdbc.sql("select count(*) from user_account").query(Integer.class).single();
        DatabaseBackup.Backup made = backup.create();
        Path file = backup.folder().resolve(made.name());
        assertThat(file).exists();
        assertThat(backup.list()).extracting(DatabaseBackup.Backup::name).contains(made.name());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'BACKUP_CREATED'").query(Integer.class).single())
                .isPositive();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RestoreCommand.run(new String[] {"restore", "--backup", file.toString(), "--data-dir", restored.toString()},
                new PrintStream(out), new PrintStream(err));
        assertThat(code).as(err.toString()).isZero();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + restored.toAbsolutePath() + "/boundarylab", "sa", "");
                ResultSet rs = db.createStatement().executeQuery("select count(*) from user_account")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(accounts);
        }
        int again = RestoreCommand.run(new String[] {"restore", "--backup", file.toString(), "--data-dir", restored.toString()},
                new PrintStream(out), new PrintStream(err));
        assertThat(again).isEqualTo(2);
        assertThat(err.toString()).contains("already holds a database");
        Files.deleteIfExists(file);
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void only_an_admin_takes_backups_and_the_refusal_is_audited() {
        int before = jdbc.sql("select count(*) from audit_event where actor = 'sue' and action = 'ACCESS_DENIED'")
                .query(Integer.class).single();
        assertThatThrownBy(() -> backup.create()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'sue' and action = 'ACCESS_DENIED'")
                .query(Integer.class).single()).isEqualTo(before + 1);
    }
}
