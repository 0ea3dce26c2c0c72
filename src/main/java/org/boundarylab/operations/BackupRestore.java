package org.boundarylab.operations;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a backup into a new data folder, in this order, and stops at the first refusal:
 * <ol>
 * <li>a private copy of the zip (in an owner-only working folder beside the target, so the file
 * checked is the file loaded) has the MAC made with the source folder's backup.key;</li>
 * <li>the zip is one script.sql within the size limit, and every statement is one SCRIPT writes
 * ({@link StatementAllowList}): all of it is checked before the first statement runs;</li>
 * <li>the statements run one by one into a new database in the working folder;</li>
 * <li>its Flyway history is no newer than this app's newest migration;</li>
 * <li>the working folder is renamed to the target in one step.</li>
 * </ol>
 * A refusal or failure at any step deletes the working folder: the target never exists half-made.
 */
public final class BackupRestore {

    /** Bounds on what a backup may expand to: the whole script, and one statement held in memory. */
    public record Limits(long maxScriptBytes, int maxStatementChars) {

        public static final Limits DEFAULT = new Limits(2048L << 20, 32 << 20);
    }

    static final String DATABASE = "boundarylab";

    private BackupRestore() {}

    /**
     * Without --key: the backup.key of the data folder whose backups/ holds the file; empty for a
     * backup kept anywhere else (the key is never kept beside the backups, so restore cannot guess).
     */
    public static Optional<Path> defaultKey(Path backup) {
        Path folder = backup.toAbsolutePath().normalize().getParent();
        if (folder == null
                || folder.getParent() == null
                || !folder.getFileName().toString().equals("backups")) {
            return Optional.empty();
        }
        return Optional.of(folder.getParent().resolve(BackupKey.FILE_NAME));
    }

    /** Restores the backup into dataDir, which must not exist yet (or be empty); returns its schema version. */
    public static String restore(Path backup, Path keyFile, Path dataDir, Limits limits)
            throws IOException, SQLException {
        String shownAs = backup.toString();
        Path target = dataDir.toAbsolutePath().normalize();
        checkTarget(target, dataDir);
        BackupKey key = BackupKey.load(keyFile);
        Path work = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".restoring-");
        boolean moved = false;
        try {
            Path copy = work.resolve("backup.zip");
            Files.copy(backup, copy);
            key.verify(copy, BackupKey.macFile(backup), shownAs);
            // first pass: every statement checked, none run; the second pass checks again as it runs them
            forEachStatement(copy, limits, shownAs, s -> {});
            String version = load(copy, work, limits, shownAs);
            Files.delete(copy);
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked above; a rename cannot replace it on every system
            }
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return version;
        } finally {
            if (!moved) {
                deleteTree(work);
            }
        }
    }

    private static void checkTarget(Path target, Path shown) throws IOException {
        if (target.toString().contains(";")) {
            // H2 would read what follows a ';' in its URL as settings
            throw new RefusedBackup(shown + ": field '--data-dir': a folder name with ';' is not accepted");
        }
        if (Files.exists(target.resolve(DATABASE + ".mv.db"))) {
            throw new RefusedBackup(shown + ": field '--data-dir': already holds a database; "
                    + "restore into an empty folder, then point boundarylab.data-dir at it");
        }
        if (Files.exists(target)) {
            try (Stream<Path> inside = Files.isDirectory(target) ? Files.list(target) : Stream.of(target)) {
                if (inside.findAny().isPresent()) {
                    throw new RefusedBackup(shown + ": field '--data-dir': not empty; restore into a new folder");
                }
            }
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new RefusedBackup(shown + ": field '--data-dir': its parent folder does not exist");
        }
    }

    interface StatementAction {
        void accept(ScriptStatements.Statement s) throws IOException, SQLException;
    }

    /** Reads every statement of the zip's script.sql, checks it against the allow-list, then hands it on. */
    private static void forEachStatement(Path zip, Limits limits, String shownAs, StatementAction action)
            throws IOException, SQLException {
        try (BackupArchive archive = new BackupArchive(zip, limits.maxScriptBytes(), shownAs);
                Reader text = archive.script()) {
            ScriptStatements script =
                    new ScriptStatements(text, limits.maxStatementChars(), shownAs + " " + BackupArchive.ENTRY);
            StatementAllowList allowList = new StatementAllowList(script);
            for (ScriptStatements.Statement s = script.next(); s != null; s = script.next()) {
                allowList.check(s);
                action.accept(s);
            }
        } catch (CharacterCodingException e) {
            throw new RefusedBackup(
                    shownAs + ": refused: " + BackupArchive.ENTRY + " is not UTF-8 text; nothing was restored");
        }
    }

    /** Runs the checked statements into a new database in work; returns the schema version it holds. */
    private static String load(Path zip, Path work, Limits limits, String shownAs) throws IOException, SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve(DATABASE), "sa", "");
                Statement st = db.createStatement()) {
            st.setEscapeProcessing(false); // the text runs as checked: no JDBC {fn ...} rewriting
            boolean loaded = false;
            try {
                forEachStatement(zip, limits, shownAs, s -> {
                    try {
                        st.execute(s.sql());
                    } catch (SQLException e) {
                        throw new RefusedBackup(shownAs + " " + BackupArchive.ENTRY + " line " + s.line()
                                + ": restore failed: " + firstLine(e.getMessage()) + "; nothing was restored");
                    }
                });
                String version = checkSchemaVersion(db, shownAs).toString();
                loaded = true;
                return version;
            } finally {
                // closes the database even where the script set DB_CLOSE_DELAY, before the folder moves
                try {
                    st.execute("SHUTDOWN");
                } catch (SQLException e) {
                    if (loaded) {
                        throw e;
                    }
                }
            }
        }
    }

    private static SchemaVersion checkSchemaVersion(Connection db, String shownAs) throws IOException {
        Optional<SchemaVersion> newest = Optional.empty();
        try (ResultSet rs = db.createStatement()
                .executeQuery(
                        "select \"version\" from \"PUBLIC\".\"flyway_schema_history\" where \"version\" is not null")) {
            while (rs.next()) {
                SchemaVersion v = SchemaVersion.parse(rs.getString(1));
                newest = newest.isEmpty() || v.compareTo(newest.get()) > 0 ? Optional.of(v) : newest;
            }
        } catch (SQLException | NumberFormatException e) {
            throw new RefusedBackup(
                    shownAs + ": refused: it has no readable flyway_schema_history, so it is not a Boundary Lab "
                            + "backup; nothing was restored");
        }
        SchemaVersion app = SchemaVersion.newestMigration();
        SchemaVersion backup = newest.orElseThrow(() -> new RefusedBackup(
                shownAs + ": refused: its flyway_schema_history records no migration; nothing was restored"));
        if (backup.compareTo(app) > 0) {
            throw new RefusedBackup(shownAs + ": refused: its schema is version " + backup + ", newer than this app's "
                    + app + "; restore it with the Boundary Lab that made it (or a newer one); nothing was restored");
        }
        return backup;
    }

    private static String firstLine(String message) {
        String first =
                message == null ? "" : message.lines().findFirst().orElse("").replaceFirst("; SQL statement:$", "");
        return first.length() > 300 ? first.substring(0, 300) + "..." : first;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
