package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside probe's attacks on {@code java -jar boundary-lab.jar restore}, replayed on the
 * packaged jar: a backup that runs Java, a zip bomb, a newer schema, a restore that fails half-way.
 * Backups are made by hand here (zip, script.sql, HMAC-SHA256 of the zip in FILE.zip.mac, keyed
 * with the hex in backup.key), exactly as an attacker would have to.
 */
class RestoreJarIT {

    @TempDir
    Path dir;

    /** The victim's data folder: its key, and its backups/ where restore finds the key by itself. */
    Path victim() {
        return dir.resolve("data");
    }

    Path target() {
        return dir.resolve("restored");
    }

    @Test
    void a_backup_that_writes_a_file_with_java_during_restore_is_refused_whether_or_not_its_mac_is_good()
            throws Exception {
        Path marker = dir.resolve("written-during-restore");
        String attack = script(
                "1",
                "CREATE ALIAS PWN AS $$ String pwn(String p) throws Exception { "
                        + "java.nio.file.Files.writeString(java.nio.file.Path.of(p), \"written by the backup\"); return p; } $$;",
                "CALL PWN('" + marker + "');");
        int line = lineOf(attack, "CREATE ALIAS");

        // an attacker who can drop a file next to the backups, but has no key: signs with one of their own
        Path forged = sign(
                zip(victim().resolve("backups/boundarylab-20261126-101500.zip"), attack),
                newKey(dir.resolve("attacker.key")));
        newKey(victim().resolve("backup.key"));
        Result r = restore("--backup", forged.toString(), "--data-dir", target().toString());
        assertRefused(r, forged + ": refused: its MAC does not match");
        assertThat(marker).doesNotExist();

        // an attacker who also has the key (or a backup taken from a compromised server): the statements are refused
        Path signed = sign(
                zip(victim().resolve("backups/boundarylab-20261126-101501.zip"), attack),
                victim().resolve("backup.key"));
        r = restore("--backup", signed.toString(), "--data-dir", target().toString());
        assertRefused(r, signed + " script.sql line " + line + ": refused: CREATE ALIAS");
        assertThat(marker).doesNotExist();

        // and without any .mac at all
        Files.delete(Path.of(signed + ".mac"));
        r = restore("--backup", signed.toString(), "--data-dir", target().toString());
        assertRefused(r, signed + ": refused: its MAC file " + signed + ".mac is missing");
        assertThat(marker).doesNotExist();
    }

    @Test
    void the_probes_zip_bomb_is_refused_within_seconds_in_a_small_heap() throws Exception {
        // 510 KB on disk, 512 MB inflated: one endless string, as in the probe's report
        Path bomb = victim().resolve("backups/bomb.zip");
        Files.createDirectories(bomb.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("script.sql"));
            zip.write((script("1") + "INSERT INTO \"PUBLIC\".\"NOTE\" VALUES (2, '").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'A');
            for (int i = 0; i < 512; i++) {
                zip.write(block);
            }
            zip.write("');\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(bomb)).isLessThan(600_000);
        sign(bomb, newKey(victim().resolve("backup.key")));
        Instant start = Instant.now();
        Result r = restoreWithHeap("-Xmx256m", "--backup", bomb.toString(), "--data-dir", target().toString());
        assertRefused(r, "refused: a statement longer than");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void a_backup_from_a_newer_schema_than_the_jars_is_refused() throws Exception {
        newKey(victim().resolve("backup.key"));
        Path newer = sign(zip(victim().resolve("backups/newer.zip"), script("999")), victim().resolve("backup.key"));
        Result r = restore("--backup", newer.toString(), "--data-dir", target().toString());
        assertRefused(r, "its schema is version 999, newer than this app's " + newestMigrationInTheSources());
    }

    @Test
    void a_restore_that_fails_half_way_leaves_nothing_behind_and_a_good_one_lands_whole() throws Exception {
        newKey(victim().resolve("backup.key"));
        String broken = script(
                "1",
                "INSERT INTO \"PUBLIC\".\"NOTE\" VALUES (2, 'more');",
                "INSERT INTO \"PUBLIC\".\"GONE\" VALUES (1);");
        Path half = sign(zip(victim().resolve("backups/half.zip"), broken), victim().resolve("backup.key"));
        Result r = restore("--backup", half.toString(), "--data-dir", target().toString());
        assertRefused(r, "line " + lineOf(broken, "GONE") + ": restore failed");

        Path good = sign(zip(victim().resolve("backups/good.zip"), script("1")), victim().resolve("backup.key"));
        r = restore("--backup", good.toString(), "--data-dir", target().toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(target().resolve("boundarylab.mv.db")).exists();
        try (Stream<Path> files = Files.list(target())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("boundarylab.mv.db");
        }
    }

    /** Exit 2, one line on standard error, and no target folder nor working folder left. */
    private void assertRefused(Result r, String message) throws IOException {
        assertThat(r.exit).as(r.err).isEqualTo(2);
        assertThat(r.err.strip().lines()).as(r.err).hasSize(1);
        assertThat(r.err).contains(message);
        assertThat(target()).doesNotExist();
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    static String script(String version, String... more) {
        return org.boundarylab.operations.TestBackups.scriptAt(version, more);
    }

    static Path zip(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("script.sql"));
            zip.write(script.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Path newKey(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HexFormat.of().formatHex(key) + "\n");
        return file;
    }

    /** FILE.mac: the hex HMAC-SHA256 of the zip's bytes, keyed with the key file's hex. */
    static Path sign(Path file, Path keyFile) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(
                HexFormat.of().parseHex(Files.readString(keyFile).strip()), "HmacSHA256"));
        Files.writeString(
                Path.of(file + ".mac"), HexFormat.of().formatHex(mac.doFinal(Files.readAllBytes(file))) + "\n");
        return file;
    }

    static int lineOf(String script, String text) {
        List<String> lines = script.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    record Result(int exit, String out, String err) {}

    Result restore(String... args) throws Exception {
        return restoreWithHeap("-Xmx512m", args);
    }

    private Result restoreWithHeap(String heap, String... args) throws Exception {
        return run(dir, heap, args);
    }

    /** java -jar target/boundary-lab.jar restore ARGS, as an operator types it. */
    static Result run(Path workDir, String heap, String... args) throws Exception {
        String jar = System.getProperty("boundarylab.jar", "target/boundary-lab.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-jar",
                Path.of(jar).toAbsolutePath().toString(),
                "restore"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("restore still running after 120 s: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** The newest migration's version, as the jar was built from these sources. */
    static String newestMigrationInTheSources() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .max(java.util.Comparator.comparingInt(Integer::parseInt))
                    .orElseThrow();
        }
    }
}
