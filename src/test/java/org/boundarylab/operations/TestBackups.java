package org.boundarylab.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Backups made by hand, as an attacker or a damaged disk would make them, signed or not. */
public final class TestBackups {

    /** A script as H2's SCRIPT writes it: a Flyway history at the given version and one small table. */
    public static String scriptAt(String version, String... more) {
        return """
                -- H2 2.4.240;
                ;
                CREATE USER IF NOT EXISTS "SA" SALT 'c4278ad09aff8567' HASH '9733e6f83cd542239529c8f34ccf1f055ff8e7c1a547751e51eea87439708691' ADMIN;
                CREATE MEMORY TABLE "PUBLIC"."flyway_schema_history"(
                    "installed_rank" INTEGER NOT NULL,
                    "version" CHARACTER VARYING(50),
                    "description" CHARACTER VARYING(200) NOT NULL,
                    "type" CHARACTER VARYING(20) NOT NULL,
                    "script" CHARACTER VARYING(1000) NOT NULL,
                    "checksum" INTEGER,
                    "installed_by" CHARACTER VARYING(100) NOT NULL,
                    "installed_on" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
                    "execution_time" INTEGER NOT NULL,
                    "success" BOOLEAN NOT NULL
                );
                ALTER TABLE "PUBLIC"."flyway_schema_history" ADD CONSTRAINT "PUBLIC"."flyway_schema_history_pk" PRIMARY KEY("installed_rank");
                -- 1 +/- SELECT COUNT(*) FROM PUBLIC.flyway_schema_history;
                INSERT INTO "PUBLIC"."flyway_schema_history" VALUES
                (-1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, 'SA', TIMESTAMP '2026-12-01 12:43:56.63643', 0, TRUE),
                (1, '%s', 'accounts', 'SQL', 'V%s__accounts.sql', 186001851, 'SA', TIMESTAMP '2026-12-01 12:43:56.665024', 8, TRUE);
                CREATE MEMORY TABLE "PUBLIC"."NOTE"(
                    "ID" BIGINT NOT NULL,
                    "TEXT" CHARACTER VARYING
                );
                INSERT INTO "PUBLIC"."NOTE" VALUES
                (1, 'kept');
                """.formatted(version, version) + String.join("\n", more) + "\n";
    }

    static String script(String... more) {
        return scriptAt("1", more);
    }

    /** Writes script.sql into a zip, as SCRIPT ... COMPRESSION ZIP does. */
    static Path zip(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("script.sql"));
            zip.write(script.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** Signs the file with the data folder's key (made if missing), as the app does after a backup. */
    static Path sign(Path file, Path dataDir) throws IOException {
        BackupKey.loadOrCreate(dataDir.resolve(BackupKey.FILE_NAME)).sign(file);
        return file;
    }

    /** A backup in dataDir/backups, signed with dataDir's key: restore finds the key by itself. */
    static Path signed(Path dataDir, String name, String script) throws IOException {
        return sign(zip(dataDir.resolve("backups").resolve(name), script), dataDir);
    }

    /** A zip whose only entry repeats one byte: small on disk, large once inflated. */
    static Path bomb(Path file, String head, long repeats, char filler, String tail) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("script.sql"));
            OutputStream out = zip;
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) filler);
            for (long left = repeats; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private TestBackups() {}
}
