package org.boundarylab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.export.CaseExport;
import org.boundarylab.judgment.FeedbackMessages;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteDirectory;

/**
 * {@code export --vignettes DIR --id ID --format moodle-xml|gift [--out FILE] [--rules DIR]}: one case
 * as a Moodle question bank, on standard output or in {@code --out}. Only the arguments are read here;
 * the export itself is the export feature's. Bad input exits 2 with one line, as for {@code score}.
 */
public final class ExportCommand {

    public static final String NAME = "export";
    private static final String USAGE = "usage: export --vignettes DIR --id ID --format moodle-xml|gift [--out FILE] [--rules DIR]";

    private ExportCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ScoreCommand.quietLogging();
        try {
            Map<String, String> options = ScoreCommand.options(args, List.of("--vignettes", "--id", "--format", "--out", "--rules"),
                    USAGE);
            Path vignettesDir = Path.of(ScoreCommand.require(options, "--vignettes", USAGE));
            String id = ScoreCommand.require(options, "--id", USAGE);
            String formatCode = ScoreCommand.require(options, "--format", USAGE);
            CaseExport.Format format = CaseExport.Format.fromCode(formatCode).orElseThrow(() -> new ScoreCommand.BadInput(
                    "--format: field '--format': must be moodle-xml or gift, got '" + formatCode + "'"));
            Path rulesDir = Path.of(options.getOrDefault("--rules", "rules"));
            if (!Files.isDirectory(vignettesDir)) {
                throw new ScoreCommand.BadInput(vignettesDir + ": field '--vignettes': not a folder");
            }
            VignetteDirectory.Loaded loaded = VignetteDirectory.load(vignettesDir);
            Vignette vignette = loaded.byId().get(id);
            if (vignette == null) {
                loaded.problems().forEach(p -> err.println("skipped " + p.describe()));
                throw new ScoreCommand.BadInput(vignettesDir + ": field '--id': no case '" + id + "' in the folder");
            }
            FeedbackMessages messages = messages(rulesDir);
            byte[] bytes = CaseExport.export(vignette, messages, format).content().getBytes(StandardCharsets.UTF_8);
            if (options.containsKey("--out")) {
                Files.write(Path.of(options.get("--out")), bytes);
            } else {
                out.write(bytes);
                out.flush();
            }
            return ScoreCommand.OK;
        } catch (ScoreCommand.BadInput e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println("cannot read or write: " + e.getMessage());
        }
        return ScoreCommand.BAD_INPUT;
    }

    private static FeedbackMessages messages(Path rulesDir) throws ScoreCommand.BadInput {
        try {
            return FeedbackMessages.inFolder(rulesDir);
        } catch (IOException e) {
            throw new ScoreCommand.BadInput(rulesDir + ": field '--rules': no readable messages.yaml (" + e.getMessage() + ")");
        } catch (InvalidInputException e) {
            throw new ScoreCommand.BadInput(e.problems().getFirst().describe());
        }
    }
}
