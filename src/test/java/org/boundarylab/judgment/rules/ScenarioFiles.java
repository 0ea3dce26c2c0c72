package org.boundarylab.judgment.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.boundarylab.judgment.Assessment;

/** Runs every row of every scenario file through the classifier (columns as each family reads them). */
final class ScenarioFiles {

    private ScenarioFiles() {}

    static List<Assessment> runAll() {
        List<Assessment> results = new ArrayList<>();
        rows("outcomes").forEach(r -> results.add(Scenario.judge(r[0], r[1], null, null, null)));
        rows("misconceptions").forEach(r -> results.add(Scenario.judge(r[0], r[1], null, null, 2)));
        rows("rationale").forEach(r -> results.add(Scenario.judge(r[0], r[1], null, r[2], 2)));
        rows("evidence").forEach(r -> results.add(Scenario.judge(r[0], r[1], r[2], null, 2)));
        rows("scoring")
                .forEach(r -> results.add(
                        Scenario.judge(r[0], r[1], null, null, r[2].isBlank() ? null : Integer.valueOf(r[2]))));
        rows("knowledge").forEach(r -> Scenario.answer(r[0], r[1]).feedback().forEach(f -> {}));
        return results;
    }

    private static List<String[]> rows(String family) {
        try {
            return Files.readAllLines(Path.of("src/test/resources/scenarios", family + ".csv")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
