package org.boundarylab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.export.CaseExport;
import org.boundarylab.judgment.FeedbackMessages;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export --vignettes DIR --id ID --format moodle-xml|gift [--out FILE] [--rules DIR]}: one case
 * as a Moodle question bank, on standard output or in {@code --out}. Only the arguments are read here;
 * the export itself is the export feature's. Bad input exits 2 with one line, as for {@code score}; an
 * export that cannot be written exits 1.
 */
@Command(
        name = "export",
        description = {
            "Writes one case as a Moodle question bank (Moodle XML or GIFT).",
            "Each segment a multiple-response question; to standard output or to --out."
        })
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    BoundaryLabCli cli;

    @Mixin
    CaseFolders folders;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "the case's id")
    String id;

    @Option(names = "--format", required = true, paramLabel = "moodle-xml|gift", description = "Moodle XML or GIFT")
    String formatCode;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path outFile;

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        byte[] bytes;
        try {
            CaseExport.Format format = CaseExport.Format.fromCode(formatCode)
                    .orElseThrow(() -> new BadInput(
                            "--format: field '--format': must be moodle-xml or gift, got '" + formatCode + "'"));
            VignetteDirectory.Loaded loaded = folders.vignettes();
            Vignette vignette = loaded.byId().get(id);
            if (vignette == null) {
                loaded.problems().forEach(p -> err.println("skipped " + p.describe()));
                throw new BadInput(folders.vignettesDir + ": field '--id': no case '" + id + "' in the folder");
            }
            bytes = CaseExport.export(vignette, messages(folders.rulesDir), format)
                    .content()
                    .getBytes(StandardCharsets.UTF_8);
        } catch (BadInput e) {
            err.println(e.getMessage());
            return BoundaryLabCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return BoundaryLabCli.BAD_INPUT;
        }
        try {
            if (outFile != null) {
                Files.write(outFile, bytes);
            } else {
                out.write(bytes);
                out.flush();
            }
            return BoundaryLabCli.OK;
        } catch (IOException e) {
            err.println("cannot write: " + e.getMessage());
            return BoundaryLabCli.WRITE_FAILED;
        }
    }

    private static FeedbackMessages messages(Path rulesDir) throws BadInput {
        try {
            return org.boundarylab.judgment.rules.DroolsJudgmentClassifier.messagesIn(rulesDir);
        } catch (IOException e) {
            throw new BadInput(rulesDir + ": field '--rules': no readable messages.yaml (" + e.getMessage() + ")");
        } catch (InvalidInputException e) {
            throw new BadInput(e.problems().getFirst().describe());
        }
    }
}
