package org.boundarylab.vignette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;

/**
 * Loads every {@code *.yaml} in a folder. A bad file is reported and skipped; the others load.
 * Used both at start-up and by the headless scorer.
 */
public final class VignetteDirectory {

    private VignetteDirectory() {}

    /** The vignettes that loaded, each with its file's content, and the problems of those that did not. */
    public record Loaded(List<LoadedFile> vignettes, List<InputProblem> problems) {
        public Map<String, Vignette> byId() {
            Map<String, Vignette> map = new HashMap<>();
            vignettes.forEach(f -> map.put(f.vignette().id(), f.vignette()));
            return map;
        }
    }

    public record LoadedFile(Vignette vignette, String content) {}

    public static Loaded load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        }
        List<LoadedFile> vignettes = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                Vignette v = VignetteReader.read(content, name);
                if (vignettes.stream().anyMatch(f -> f.vignette().id().equals(v.id()))) {
                    problems.add(new InputProblem(name, 1, "id", "duplicate vignette id '" + v.id() + "'"));
                } else {
                    vignettes.add(new LoadedFile(v, content));
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new InputProblem(name, 0, "(file)", "cannot be read as UTF-8 text: " + e.getMessage()));
            }
        }
        return new Loaded(List.copyOf(vignettes), List.copyOf(problems));
    }
}
