package org.boundarylab.judgment.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * The reader of the rule base's evaluation files ({@code src/test/resources/rationale/*.csv}):
 * {@code case;labels;text} lines, labels joined by '|', '#' lines and blank lines skipped. Public so
 * that exports meant to be added to these files (reading corrections) are tested with this reader.
 */
public final class EvaluationFile {

    /** One row: the case it is about (its people's names are read as roles), the true labels, the reasoning. */
    public record Row(String file, String caseId, Set<Characteristic> labels, String text) {}

    private EvaluationFile() {}

    public static List<Row> read(Path path) throws IOException {
        return parse(path.getFileName().toString(), Files.readAllLines(path));
    }

    public static List<Row> parse(String file, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";", 3);
            rows.add(new Row(file, cells[0], Scenario.characteristics(cells[1]), cells[2]));
        }
        return rows;
    }
}
