package org.boundarylab.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * {@code restore --backup FILE --data-dir DIR}: loads a backup made on the Operations page into a
 * new database in DIR. Refuses a folder that already holds one, so nothing is overwritten.
 */
public final class RestoreCommand {

    public static final String NAME = "restore";
    private static final String USAGE = "usage: restore --backup FILE --data-dir DIR";

    private RestoreCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ScoreCommand.quietLogging();
        try {
            Map<String, String> options = ScoreCommand.options(args, List.of("--backup", "--data-dir"), USAGE);
            Path backup = Path.of(ScoreCommand.require(options, "--backup", USAGE));
            Path dataDir = Path.of(ScoreCommand.require(options, "--data-dir", USAGE));
            if (!Files.isRegularFile(backup)) {
                throw new ScoreCommand.BadInput(backup + ": field '--backup': file not found");
            }
            if (Files.exists(dataDir.resolve("boundarylab.mv.db"))) {
                throw new ScoreCommand.BadInput(dataDir + ": field '--data-dir': already holds a database; "
                        + "restore into an empty folder, then point boundarylab.data-dir at it");
            }
            Files.createDirectories(dataDir);
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                    "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/boundarylab", "sa", "");
                    java.sql.Statement st = db.createStatement()) {
                st.execute("RUNSCRIPT FROM '" + backup.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
            out.println("Restored " + backup + " into " + dataDir.toAbsolutePath());
            return ScoreCommand.OK;
        } catch (ScoreCommand.BadInput e) {
            err.println(e.getMessage());
        } catch (SQLException | java.io.IOException e) {
            err.println("restore failed: " + e.getMessage());
        }
        return ScoreCommand.BAD_INPUT;
    }
}
