package org.boundarylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.boundarylab.vignette.VignetteDirectory;
import picocli.CommandLine.Option;

/** The options of every command that reads cases (a picocli mixin): the vignettes folder and the rules folder. */
final class CaseFolders {

    @Option(
            names = "--vignettes",
            required = true,
            paramLabel = "DIR",
            description = "folder of vignette files (*.yaml)")
    Path vignettesDir;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            defaultValue = "rules",
            description = "the rule base (default: ${DEFAULT-VALUE})")
    Path rulesDir;

    /** The cases of the vignettes folder (those that did not load are in its problems); no folder is bad input. */
    VignetteDirectory.Loaded vignettes() throws BadInput, IOException {
        if (!Files.isDirectory(vignettesDir)) {
            throw new BadInput(vignettesDir + ": field '--vignettes': not a folder");
        }
        return VignetteDirectory.load(vignettesDir);
    }
}
