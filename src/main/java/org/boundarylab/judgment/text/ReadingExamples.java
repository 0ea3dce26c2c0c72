package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Pronouns;

/**
 * The reading model's examples ({@code rules/examples/*.csv}): lines {@code case;labels;text}, the
 * labels the characteristics' codes the reasoning describes joined by '|' (empty: it describes none),
 * '#' lines and blank lines skipped. The evaluation files and the reading-corrections export have the
 * same form, so a supervisor's corrected readings can be added as they are. {@code people.csv} in the
 * same folder names each case's professional and client and their pronouns
 * ({@code case;professional;client;she|he|they;she|he|they}), so that names and pronouns are read as
 * roles in training as they are in scoring.
 */
public final class ReadingExamples {

    public static final String PEOPLE = "people.csv";

    private ReadingExamples() {}

    /** Each case's names as the reader reads them, from {@value #PEOPLE}. */
    public static Map<String, NameRoles> people(String content, String file) throws InvalidInputException {
        Map<String, NameRoles> people = new java.util.HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        forEachRow(content, 5, (line, cells) -> {
            if (cells.length != 5) {
                problems.add(new InputProblem(
                        file,
                        line,
                        "case;professional;client;pronouns;pronouns",
                        "expected five cells separated by ';' (names may be empty)"));
                return;
            }
            try {
                people.put(
                        cells[0].strip(),
                        NameRoles.of(
                                blankAsNull(cells[1]), blankAsNull(cells[2]), pronouns(cells[3]), pronouns(cells[4])));
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(file, line, "pronouns", "expected she, he or they (or nothing)"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return people;
    }

    /** The examples of one file; a case not in {@code people} is read without names. */
    public static List<ReadingModel.Example> parse(String content, String file, Map<String, NameRoles> people)
            throws InvalidInputException {
        List<ReadingModel.Example> examples = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        forEachRow(content, 3, (line, cells) -> {
            if (cells.length != 3 || cells[2].isBlank()) {
                problems.add(new InputProblem(
                        file,
                        line,
                        "case;labels;text",
                        "expected a case, labels (may be empty) and a text, separated by ';'"));
                return;
            }
            Set<Characteristic> labels = EnumSet.noneOf(Characteristic.class);
            for (String code : cells[1].split("\\|")) {
                if (code.isBlank()) {
                    continue;
                }
                try {
                    labels.add(Characteristic.valueOf(code.strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(
                            new InputProblem(
                                    file,
                                    line,
                                    "labels",
                                    "'" + code.strip()
                                            + "' is not a characteristic (ROLE_REVERSAL, PROFESSIONAL_PRIVILEGE, DOUBLE_BIND, SECRECY)"));
                }
            }
            examples.add(
                    new ReadingModel.Example(cells[2], people.getOrDefault(cells[0].strip(), NameRoles.NONE), labels));
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return examples;
    }

    private interface RowHandler {
        void row(int line, String[] cells);
    }

    private static void forEachRow(String content, int cells, RowHandler handler) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                handler.row(i + 1, line.split(";", cells));
            }
        }
    }

    private static Pronouns pronouns(String cell) {
        return cell.isBlank() ? null : Pronouns.valueOf(cell.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static String blankAsNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
