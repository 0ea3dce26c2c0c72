package org.boundarylab.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.boundarylab.cli.BoundaryLabCli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * restore as the CLI runs it, on backups made by hand: each protection refuses its attack and
 * leaves no target folder behind, and a good backup still restores.
 */
class BackupRestoreTest {

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {}

    private Run restore(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("restore"));
        all.addAll(List.of(args));
        int exit = BoundaryLabCli.run(
                all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path source() {
        return temp.resolve("source-data");
    }

    private Path target() {
        return temp.resolve("restored");
    }

    /** Refused with exit 2, one line naming the backup, and nothing left beside the target. */
    private void assertRefusedLeavingNothing(Run r, Path backup, String... reason) throws Exception {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(backup.toString()).contains(reason);
        assertThat(target()).doesNotExist();
        try (Stream<Path> beside = Files.list(temp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    private static int count(Path dataDir, String table) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/boundarylab", "sa", "");
                ResultSet rs = db.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void a_signed_backup_restores_into_an_owner_only_folder_with_the_key_found_beside_its_backups_folder()
            throws Exception {
        Path backup = TestBackups.signed(source(), "good.zip", TestBackups.script());
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("schema version 1");
        assertThat(count(target(), "\"NOTE\"")).isEqualTo(1);
        assertThat(target().resolve("backup.zip"))
                .as("the working copy is gone")
                .doesNotExist();
        Assumptions.assumeTrue(
                temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target())))
                .isEqualTo("rwx------");
    }

    // MAC

    @Test
    void a_backup_changed_after_signing_is_refused_before_anything_runs() throws Exception {
        Path backup = TestBackups.signed(source(), "changed.zip", TestBackups.script());
        // an extra admin account, nothing an allow-list could object to: only the MAC tells
        TestBackups.zip(backup, TestBackups.script("""
                CREATE MEMORY TABLE "PUBLIC"."USER_ACCOUNT"("USERNAME" CHARACTER VARYING(64), "ROLE" CHARACTER VARYING(16));
                INSERT INTO "PUBLIC"."USER_ACCOUNT" VALUES ('intruder', 'ADMIN');"""));
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(r, backup, "MAC does not match");
    }

    @Test
    void a_backup_without_its_mac_or_signed_with_another_folders_key_is_refused() throws Exception {
        Path unsigned = TestBackups.zip(source().resolve("backups/unsigned.zip"), TestBackups.script());
        BackupKey.loadOrCreate(source().resolve(BackupKey.FILE_NAME));
        Run r = restore("--backup", unsigned.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(r, unsigned, "its MAC file " + unsigned + ".mac is missing");

        Path foreign = TestBackups.sign(
                TestBackups.zip(temp.resolve("elsewhere/backups/foreign.zip"), TestBackups.script()),
                temp.resolve("elsewhere"));
        r = restore(
                "--backup",
                foreign.toString(),
                "--data-dir",
                target().toString(),
                "--key",
                source().resolve(BackupKey.FILE_NAME).toString());
        assertRefusedLeavingNothing(r, foreign, "MAC does not match");

        Path loose = Files.copy(foreign, temp.resolve("loose.zip"));
        r = restore("--backup", loose.toString(), "--data-dir", target().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--key is missing: " + loose + " is not in a data folder's backups/");

        r = restore(
                "--backup",
                foreign.toString(),
                "--data-dir",
                target().toString(),
                "--key",
                temp.resolve("no.key").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no.key: the backup key is not there");
        assertThat(target()).doesNotExist();
    }

    // statements

    @Test
    void a_signed_backup_that_runs_java_is_refused_naming_the_line_and_writes_nothing() throws Exception {
        Path marker = temp.resolve("written-by-the-backup");
        String script = TestBackups.script(
                "CREATE ALIAS WRITE_MARKER AS $$ void w(String p) throws Exception { "
                        + "java.nio.file.Files.writeString(java.nio.file.Path.of(p), \"owned\"); } $$;",
                "CALL WRITE_MARKER('" + marker + "');");
        Path backup = TestBackups.signed(source(), "alias.zip", script);
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        int line = lineOf(script, "CREATE ALIAS");
        assertRefusedLeavingNothing(r, backup, "script.sql line " + line + ": refused: CREATE ALIAS ...: $$");
        assertThat(marker).doesNotExist();
    }

    @Test
    void a_signed_backup_that_calls_a_java_method_through_an_alias_is_refused() throws Exception {
        Path made = temp.resolve("made-by-the-backup");
        String script = TestBackups.script(
                "CREATE ALIAS MAKE_DIRS FOR 'org.h2.store.fs.FileUtils.createDirectories';",
                "CALL MAKE_DIRS('" + made + "');");
        Path backup = TestBackups.signed(source(), "alias-for.zip", script);
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(
                r, backup, "line " + lineOf(script, "CREATE ALIAS") + ": refused: CREATE ALIAS is not a statement");
        assertThat(made).doesNotExist();
    }

    @Test
    void a_signed_backup_that_writes_a_file_from_an_insert_is_refused() throws Exception {
        Path written = temp.resolve("file-write");
        String script = TestBackups.script(
                "INSERT INTO \"PUBLIC\".\"NOTE\" VALUES (2, FILE_WRITE(X'6f776e6564', '" + written + "'));");
        Path backup = TestBackups.signed(source(), "file-write.zip", script);
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(
                r, backup, "line " + lineOf(script, "FILE_WRITE") + ": refused: it names FILE_WRITE");
        assertThat(written).doesNotExist();
    }

    // a failed restore

    @Test
    void a_restore_that_fails_half_way_leaves_no_folder_behind() throws Exception {
        String script = TestBackups.script(
                "INSERT INTO \"PUBLIC\".\"NOTE\" VALUES (2, 'more');",
                "INSERT INTO \"PUBLIC\".\"MISSING\" VALUES (1);");
        Path backup = TestBackups.signed(source(), "half.zip", script);
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(
                r, backup, "line " + lineOf(script, "MISSING") + ": restore failed: Table \"MISSING\" not found");
    }

    @Test
    void a_folder_that_holds_anything_is_never_restored_into() throws Exception {
        Path backup = TestBackups.signed(source(), "good.zip", TestBackups.script());
        Files.createDirectories(target());
        Files.writeString(target().resolve("notes.txt"), "mine");
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not empty");
        assertThat(Files.readString(target().resolve("notes.txt"))).isEqualTo("mine");
        Files.delete(target().resolve("notes.txt"));
        assertThat(restore("--backup", backup.toString(), "--data-dir", target().toString())
                        .exit())
                .as("an empty folder will do")
                .isZero();
    }

    // schema version

    @Test
    void a_backup_from_a_newer_schema_than_the_apps_is_refused() throws Exception {
        Path backup = TestBackups.signed(source(), "newer.zip", TestBackups.scriptAt("999"));
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(
                r, backup, "its schema is version 999, newer than this app's " + SchemaVersion.newestMigration());
        // the newest migration file in the source tree, however many there are by now
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(SchemaVersion.newestMigration().toString())
                    .isEqualTo(files.map(f -> f.getFileName().toString())
                            .map(n -> n.substring(1, n.indexOf("__")))
                            .max(java.util.Comparator.comparingInt(Integer::parseInt))
                            .orElseThrow());
        }
        assertThat(SchemaVersion.parse("1.10").compareTo(SchemaVersion.parse("1.9")))
                .isPositive();
    }

    // bounded expansion

    @Test
    void a_script_that_expands_past_the_limit_is_refused_whatever_the_zip_declares() throws Exception {
        // valid SQL, 8 MB of blank lines after it: only the size limit objects
        Path backup = TestBackups.bomb(source().resolve("backups/bomb.zip"), TestBackups.script(), 8L << 20, '\n', "");
        TestBackups.sign(backup, source());
        assertThat(Files.size(backup)).isLessThan(64 << 10);
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString(), "--max-script-mb", "1");
        assertRefusedLeavingNothing(r, backup, "script.sql expands past the limit of 1 MB");

        // the same zip claiming 100 bytes in its central directory: the inflated bytes are counted
        Path lying = Files.copy(backup, source().resolve("backups/lying.zip"));
        declareSize(lying, 100);
        TestBackups.sign(lying, source());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(lying.toFile())) {
            assertThat(zip.getEntry("script.sql").getSize()).isEqualTo(100);
        }
        r = restore("--backup", lying.toString(), "--data-dir", target().toString(), "--max-script-mb", "1");
        assertRefusedLeavingNothing(r, lying, "script.sql expands past the limit of 1 MB");
    }

    /** Overwrites the uncompressed size in the zip's (only) central directory entry. */
    private static void declareSize(Path zip, int size) throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = bytes.length - 4; i >= 0; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                java.nio.ByteBuffer.wrap(bytes, i + 24, 4)
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .putInt(size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new AssertionError("no central directory entry");
    }

    @Test
    void one_statement_longer_than_any_a_backup_writes_is_refused_before_it_fills_memory() throws Exception {
        Path backup = TestBackups.bomb(
                source().resolve("backups/long.zip"),
                TestBackups.script() + "INSERT INTO \"PUBLIC\".\"NOTE\" VALUES (2, '",
                40L << 20,
                'A',
                "');\n");
        TestBackups.sign(backup, source());
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(r, backup, "a statement longer than " + (32 << 20) + " characters");
    }

    @Test
    void a_zip_with_more_than_script_sql_is_refused() throws Exception {
        Path backup = source().resolve("backups/two.zip");
        Files.createDirectories(backup.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("script.sql"));
            zip.write(TestBackups.script().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("extra.bin"));
            zip.write(new byte[10]);
        }
        TestBackups.sign(backup, source());
        Run r = restore("--backup", backup.toString(), "--data-dir", target().toString());
        assertRefusedLeavingNothing(r, backup, "it holds 2 entries; a backup holds one, script.sql");
    }

    static int lineOf(String script, String text) {
        List<String> lines = script.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the script");
    }
}
