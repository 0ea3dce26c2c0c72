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
import org.boundarylab.vignette.Characteristic;

/**
 * What removing the lexicon entries no tuning row needs would do (docs/rule-base.md): greedily drops
 * every entry of the four characteristics and of {@code ordinary:} whose removal changes no tuning
 * row's reading, then prints how many went and the blind file's macro F1 before and after (its
 * figures only, never its rows). Reads as rationale.drl decides: cues, or hints when nothing is
 * called ordinary. Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.boundarylab.judgment.rules.LexiconAblation -Dbench.args=}
 */
public final class LexiconAblation {

    private static final Set<String> SECTIONS = Set.of("ROLE_REVERSAL:", "PROFESSIONAL_PRIVILEGE:", "DOUBLE_BIND:",
            "SECRECY:", "ordinary:");

    private record Row(NameRoles names, Set<Characteristic> labels, String text) {
    }

    private LexiconAblation() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("rules/lexicon.yaml")));
        List<Row> tuning = new ArrayList<>();
        for (String file : RationaleEvaluationTest.TUNING_FILES) {
            tuning.addAll(rows(file));
        }
        List<Row> blind = rows(RationaleEvaluationTest.BLIND_FILE);
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
        System.out.printf(Locale.ROOT, "%d of %d entries change no tuning row's reading (%d tuning rows)%n", removed,
                entries, tuning.size());
        System.out.printf(Locale.ROOT, "blind macro F1: %.3f with them, %.3f without%n", before,
                macroF1(readAll(lines, blind), blind));
    }

    private static List<Set<Characteristic>> readAll(List<String> lexicon, List<Row> rows) throws Exception {
        RationaleReader reader = new RationaleReader(CueLexicon.parse(String.join("\n", lexicon), "lexicon.yaml"));
        List<Set<Characteristic>> read = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<LexiconMatch> matches = reader.read(row.text(), row.names());
            boolean ordinary = matches.stream().anyMatch(m -> m.kind() == LexiconPhrase.Kind.ORDINARY && !m.negated());
            Set<Characteristic> found = EnumSet.noneOf(Characteristic.class);
            for (LexiconMatch m : matches) {
                boolean counts = m.kind() == LexiconPhrase.Kind.CUE || (m.kind() == LexiconPhrase.Kind.HINT && !ordinary);
                if (m.characteristic() != null && !m.negated() && counts) {
                    found.add(m.characteristic());
                }
            }
            read.add(found);
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
                boolean said = read.get(i).contains(c);
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
    private static List<Row> rows(String file) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (EvaluationFile.Row row : RationaleEvaluationTest.rows(file)) {
            rows.add(new Row(NameRoles.of(RationaleEvaluationTest.peopleOf(row.caseId())), row.labels(), row.text()));
        }
        return rows;
    }
}
