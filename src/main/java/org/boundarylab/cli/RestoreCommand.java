package org.boundarylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.boundarylab.operations.BackupRestore;
import org.boundarylab.operations.RefusedBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore --backup FILE --data-dir DIR [--key FILE] [--max-script-mb N]}: loads a backup made
 * on the Operations page into a new data folder. The backup must carry the MAC made with the source
 * folder's backup.key (by default the one beside its backups/ folder), hold only what a backup
 * holds, be no newer than this app, and stay within the size limit; otherwise nothing is made
 * ({@link BackupRestore} says in which order it checks).
 */
@Command(
        name = "restore",
        description = {
            "Loads a backup into a new, empty data folder.",
            "Then start the app on that folder. Refuses (exit 2, nothing made) a backup whose .mac does not match,",
            "that holds more than a backup holds, or whose schema is newer than this app."
        })
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    BoundaryLabCli cli;

    @Option(
            names = "--backup",
            required = true,
            paramLabel = "FILE",
            description = "the backup (.zip; FILE.mac beside it)")
    Path backup;

    @Option(
            names = "--data-dir",
            required = true,
            paramLabel = "DIR",
            description = "the new data folder (must not exist or be empty)")
    Path dataDir;

    @Option(
            names = "--key",
            paramLabel = "FILE",
            description =
                    "the backup.key of the folder it was taken from (default: the one beside the backups/ folder)")
    Path key;

    @Option(
            names = "--max-script-mb",
            paramLabel = "N",
            description = "the largest script to load, in MB (default: 2048)")
    Long maxScriptMb;

    @Override
    public Integer call() {
        try {
            Path keyFile = key != null
                    ? key
                    : BackupRestore.defaultKey(backup)
                            .orElseThrow(
                                    () -> new BadInput(
                                            "restore: --key is missing: " + backup
                                                    + " is not in a data folder's backups/, so name the backup.key of the folder it was taken from"));
            BackupRestore.Limits limits = limits(maxScriptMb);
            if (!Files.isRegularFile(backup)) {
                throw new BadInput(backup + ": field '--backup': file not found");
            }
            String version = BackupRestore.restore(backup, keyFile, dataDir, limits);
            cli.out()
                    .println("Restored " + backup + " (schema version " + version + ", MAC checked with " + keyFile
                            + ") into " + dataDir.toAbsolutePath());
            return BoundaryLabCli.OK;
        } catch (BadInput | RefusedBackup e) {
            cli.err().println(e.getMessage());
        } catch (SQLException | IOException e) {
            cli.err().println("restore failed: " + e.getMessage() + "; nothing was restored");
        }
        return BoundaryLabCli.BAD_INPUT;
    }

    private static BackupRestore.Limits limits(Long megabytes) throws BadInput {
        if (megabytes == null) {
            return BackupRestore.Limits.DEFAULT;
        }
        if (megabytes < 1) {
            throw new BadInput("field '--max-script-mb': a whole number of megabytes, 1 or more, expected");
        }
        return new BackupRestore.Limits(megabytes << 20, BackupRestore.Limits.DEFAULT.maxStatementChars());
    }
}
