package org.boundarylab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.boundarylab.operations.BackupRestore;
import org.boundarylab.operations.RefusedBackup;

/**
 * {@code restore --backup FILE --data-dir DIR [--key FILE] [--max-script-mb N]}: loads a backup made
 * on the Operations page into a new data folder. The backup must carry the MAC made with the source
 * folder's backup.key (by default the one beside its backups/ folder), hold only what a backup
 * holds, be no newer than this app, and stay within the size limit; otherwise nothing is made
 * ({@link BackupRestore} says in which order it checks).
 */
public final class RestoreCommand {

    public static final String NAME = "restore";
    private static final String USAGE = "usage: restore --backup FILE --data-dir DIR [--key FILE] [--max-script-mb N]";

    private RestoreCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ScoreCommand.quietLogging();
        try {
            Map<String, String> options = ScoreCommand.options(args, List.of("--backup", "--data-dir", "--key", "--max-script-mb"),
                    USAGE);
            Path backup = Path.of(ScoreCommand.require(options, "--backup", USAGE));
            Path dataDir = Path.of(ScoreCommand.require(options, "--data-dir", USAGE));
            Path key = options.containsKey("--key") ? Path.of(options.get("--key"))
                    : BackupRestore.defaultKey(backup).orElseThrow(() -> new ScoreCommand.BadInput(USAGE + " (--key is missing: "
                            + backup + " is not in a data folder's backups/, so name the backup.key of the folder it was taken from)"));
            BackupRestore.Limits limits = limits(options.get("--max-script-mb"));
            if (!Files.isRegularFile(backup)) {
                throw new ScoreCommand.BadInput(backup + ": field '--backup': file not found");
            }
            String version = BackupRestore.restore(backup, key, dataDir, limits);
            out.println("Restored " + backup + " (schema version " + version + ", MAC checked with " + key + ") into "
                    + dataDir.toAbsolutePath());
            return ScoreCommand.OK;
        } catch (ScoreCommand.BadInput | RefusedBackup e) {
            err.println(e.getMessage());
        } catch (SQLException | IOException e) {
            err.println("restore failed: " + e.getMessage() + "; nothing was restored");
        }
        return ScoreCommand.BAD_INPUT;
    }

    private static BackupRestore.Limits limits(String megabytes) throws ScoreCommand.BadInput {
        if (megabytes == null) {
            return BackupRestore.Limits.DEFAULT;
        }
        try {
            long mb = Long.parseLong(megabytes);
            if (mb < 1) {
                throw new NumberFormatException();
            }
            return new BackupRestore.Limits(mb << 20, BackupRestore.Limits.DEFAULT.maxStatementChars());
        } catch (NumberFormatException e) {
            throw new ScoreCommand.BadInput("field '--max-script-mb': a whole number of megabytes, 1 or more, expected");
        }
    }
}
