package org.boundarylab.judgment.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.boundarylab.judgment.text.CueLexicon;
import org.boundarylab.judgment.text.LexiconMatch;
import org.boundarylab.judgment.text.LexiconPhrase;
import org.boundarylab.judgment.text.NameRoles;
import org.boundarylab.judgment.text.RationaleReader;
import org.boundarylab.judgment.text.ReadingExamples;
import org.boundarylab.judgment.text.ReadingModel;
import org.boundarylab.vignette.Characteristic;

/**
 * What removing the lexicon entries no tuning row needs would do (docs/rule-base.md): greedily drops
 * every entry of the four characteristics and of {@code ordinary:} whose removal changes no tuning
 * row's reading, then prints how many went and the blind file's macro F1 before and after (its
 * figures only, never its rows). Reads as rationale.drl decides: cues, or hints when nothing is
 * called ordinary, or the reading model's vote where the lexicon saw nothing of the characteristic;
 * a tuning row's votes come from a model that did not learn from its set (else the model, which
 * fits its own examples, would make every entry look unneeded). Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.boundarylab.judgment.rules.LexiconAblation -Dbench.args=}
 */
public final class LexiconAblation {

    private static final Set<String> SECTIONS =
            Set.of("ROLE_REVERSAL:", "PROFESSIONAL_PRIVILEGE:", "DOUBLE_BIND:", "SECRECY:", "ordinary:");

    /** A row, with the reading model's votes on it in whole percent by characteristic ordinal. */
    private record Row(NameRoles names, Set<Characteristic> labels, String text, int[] votes) {}

    /** As rationale.drl: the model's vote counts at this strength where the lexicon found nothing. */
    private static final int MODEL_PERCENT = 70;

    private LexiconAblation() {}

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("rules/lexicon.yaml")));
        List<Row> tuning = new ArrayList<>();
        for (String file : RationaleEvaluationTest.TUNING_FILES) {
            // a tuning row is voted on by a model that has not learnt from its own set
            tuning.addAll(rows(file, model(file)));
        }
        RationaleReader fullModel = model(null);
        List<Row> blind = rows(RationaleEvaluationTest.BLIND_FILE, fullModel);
        // the rule scenarios are the rule base's specification: what they read stays read
        tuning.addAll(scenarioRows("src/test/resources/scenarios/rationale.csv", 2, 3, fullModel));
        tuning.addAll(scenarioRows("src/test/resources/scenarios/corrected-reading.csv", 3, 4, fullModel));
        // knowledge-check answers are read by the lexicon alone
        tuning.addAll(scenarioRows("src/test/resources/scenarios/knowledge.csv", 1, 2, null));
        List<Set<Characteristic>> base = readAll(lines, tuning);
        double before = macroF1(readAll(lines, blind), blind);
        int entries = 0;
        int removed = 0;
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(" ") && !line.startsWith("#") && !line.isBlank()) {
                section = line.strip();
            }
            if (!SECTIONS.contains(section) || !line.startsWith("  - ")) {
                continue;
            }
            entries++;
            List<String> without = new ArrayList<>(lines);
            without.remove(i);
            if (readAll(without, tuning).equals(base)) {
                lines = without;
                i--;
                removed++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d of %d entries change no tuning row's reading (%d tuning rows)%n",
                removed,
                entries,
                tuning.size());
        System.out.printf(
                Locale.ROOT,
                "blind macro F1: %.3f with them, %.3f without%n",
                before,
                macroF1(readAll(lines, blind), blind));
        Files.writeString(Path.of("target/lexicon-needed.yaml"), String.join("\n", lines) + "\n");
        System.out.println("the lexicon without them: target/lexicon-needed.yaml");
    }

    /** Per row, what it describes, then what it denies (two entries a row). */
    private static List<Set<Characteristic>> readAll(List<String> lexicon, List<Row> rows) throws Exception {
        RationaleReader reader = new RationaleReader(CueLexicon.parse(String.join("\n", lexicon), "lexicon.yaml"));
        List<Set<Characteristic>> read = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<LexiconMatch> matches = reader.read(row.text(), row.names());
            boolean ordinary = matches.stream().anyMatch(m -> m.kind() == LexiconPhrase.Kind.ORDINARY && !m.negated());
            Set<Characteristic> found = EnumSet.noneOf(Characteristic.class);
            Set<Characteristic> lexiconSaw = EnumSet.noneOf(Characteristic.class);
            for (LexiconMatch m : matches) {
                boolean counts =
                        m.kind() == LexiconPhrase.Kind.CUE || (m.kind() == LexiconPhrase.Kind.HINT && !ordinary);
                if (m.characteristic() != null && !m.negated() && counts) {
                    found.add(m.characteristic());
                }
                if (m.characteristic() != null
                        && (m.kind() == LexiconPhrase.Kind.CUE || m.kind() == LexiconPhrase.Kind.HINT)) {
                    lexiconSaw.add(m.characteristic());
                }
            }
            for (Characteristic c : Characteristic.values()) {
                if (!lexiconSaw.contains(c) && row.votes()[c.ordinal()] >= MODEL_PERCENT) {
                    found.add(c);
                }
            }
            read.add(found);
            // what the reasoning denies is a reading too: RATIONALE_CONTRADICTS rests on it
            Set<Characteristic> denied = EnumSet.noneOf(Characteristic.class);
            for (LexiconMatch m : matches) {
                if (m.characteristic() != null && m.negated()) {
                    denied.add(m.characteristic());
                }
            }
            read.add(denied);
        }
        return read;
    }

    private static double macroF1(List<Set<Characteristic>> read, List<Row> rows) {
        double sum = 0;
        for (Characteristic c : Characteristic.values()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < rows.size(); i++) {
                boolean truth = rows.get(i).labels().contains(c);
                boolean said = read.get(2 * i).contains(c);
                tp += truth && said ? 1 : 0;
                fp += !truth && said ? 1 : 0;
                fn += truth && !said ? 1 : 0;
            }
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / Characteristic.values().length;
    }

    /** The evaluation's rows (RationaleEvaluationTest reads them), each with its case's names. */
    private static List<Row> rows(String file, RationaleReader model) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (EvaluationFile.Row row : RationaleEvaluationTest.rows(file)) {
            NameRoles names = NameRoles.of(RationaleEvaluationTest.peopleOf(row.caseId()));
            int[] votes = new int[Characteristic.values().length];
            model.readWithVotes(row.text(), names).votes().forEach((c, v) -> votes[c.ordinal()] = v.percent());
            rows.add(new Row(names, row.labels(), row.text(), votes));
        }
        return rows;
    }

    /** Rows of a scenario file about Mary's case: the reasoning and what the reader reads in it, by column. */
    private static List<Row> scenarioRows(String file, int textColumn, int readColumn, RationaleReader model)
            throws Exception {
        NameRoles names = NameRoles.of(Scenario.MARY.people());
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file))) {
            String[] cells = line.split(";", -1);
            if (line.startsWith("#") || line.isBlank() || cells[textColumn].isBlank()) {
                continue;
            }
            int[] votes = new int[Characteristic.values().length];
            if (model != null) {
                model.readWithVotes(cells[textColumn], names)
                        .votes()
                        .forEach((c, v) -> votes[c.ordinal()] = v.percent());
            }
            rows.add(new Row(names, Scenario.characteristics(cells[readColumn]), cells[textColumn], votes));
        }
        return rows;
    }

    /** A reader whose model learnt from every examples file but {@code without} (null: from all). */
    private static RationaleReader model(String without) throws Exception {
        Path folder = Path.of("rules", RuleBaseLoader.EXAMPLES);
        var people = ReadingExamples.people(
                Files.readString(folder.resolve(ReadingExamples.PEOPLE)), ReadingExamples.PEOPLE);
        List<ReadingModel.Example> examples = new ArrayList<>();
        for (String file : RationaleEvaluationTest.TUNING_FILES) {
            if (!file.equals(without)) {
                examples.addAll(ReadingExamples.parse(Files.readString(folder.resolve(file)), file, people));
            }
        }
        return new RationaleReader(
                CueLexicon.parse(Files.readString(Path.of("rules/lexicon.yaml")), "lexicon.yaml"),
                ReadingModel.train(examples));
    }
}
