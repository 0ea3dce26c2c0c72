package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;

/**
 * How well the rationale family reads free text it was not written for: precision, recall and F1
 * per characteristic on src/test/resources/rationale/rationales.csv, for the tuning split and for
 * the held-out split that was never used to tune the lexicon. Writes target/rationale-evaluation.md.
 */
class RationaleEvaluationTest {

    static final double MACRO_F1_BAR = 0.90;

    record Row(String split, Set<Characteristic> labels, String text) {
    }

    record Scores(Map<Characteristic, double[]> perCharacteristic, double macroF1, int rows, List<String> errors) {
    }

    @Test
    void the_rationale_reader_holds_up_on_held_out_wording() throws Exception {
        List<Row> rows = rows();
        Scores tune = score(rows, "tune");
        Scores holdout = score(rows, "holdout");
        String report = "| split | rows | " + header() + " macro F1 |\n|---|---|---|---|---|---|---|\n"
                + line("tuning", tune) + line("held out", holdout);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/rationale-evaluation.md"), report + "\nTuning-split errors:\n"
                + String.join("\n", tune.errors()) + "\n");
        System.out.println(report);
        assertThat(rows.stream().filter(r -> r.split().equals("holdout")).count() * 3).isGreaterThanOrEqualTo(rows.size());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(holdout.macroF1()).as("held-out macro F1\n" + report).isGreaterThanOrEqualTo(MACRO_F1_BAR);
    }

    static Scores score(List<Row> rows, String split) {
        Map<Characteristic, int[]> counts = new EnumMap<>(Characteristic.class); // tp, fp, fn
        for (Characteristic c : Characteristic.values()) {
            counts.put(c, new int[3]);
        }
        List<String> errors = new ArrayList<>();
        int n = 0;
        for (Row row : rows) {
            if (!row.split().equals(split)) {
                continue;
            }
            n++;
            Set<Characteristic> found = Scenario.CLASSIFIER.classify(Scenario.MARY.segment("s1").orElseThrow(),
                    new Judgment("s1", Set.of(), List.of(), row.text(), null), Scenario.MARY.people()).rationaleDescribes();
            for (Characteristic c : Characteristic.values()) {
                boolean truth = row.labels().contains(c);
                boolean said = found.contains(c);
                if (truth && said) {
                    counts.get(c)[0]++;
                } else if (said) {
                    counts.get(c)[1]++;
                } else if (truth) {
                    counts.get(c)[2]++;
                }
            }
            if (!found.equals(row.labels())) {
                errors.add("- `" + row.text() + "` expected " + row.labels() + ", read " + found);
            }
        }
        Map<Characteristic, double[]> per = new EnumMap<>(Characteristic.class);
        double sum = 0;
        for (Characteristic c : Characteristic.values()) {
            int[] k = counts.get(c);
            double p = k[0] + k[1] == 0 ? 1.0 : (double) k[0] / (k[0] + k[1]);
            double r = k[0] + k[2] == 0 ? 1.0 : (double) k[0] / (k[0] + k[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            per.put(c, new double[] {p, r, f});
            sum += f;
        }
        return new Scores(per, sum / Characteristic.values().length, n, errors);
    }

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/rationale/rationales.csv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";", 3);
            rows.add(new Row(cells[0], Scenario.characteristics(cells[1]), cells[2]));
        }
        return rows;
    }

    private static String header() {
        StringBuilder sb = new StringBuilder();
        for (Characteristic c : Characteristic.values()) {
            sb.append(c.name()).append(" P / R / F1 | ");
        }
        return sb.toString();
    }

    private static String line(String name, Scores s) {
        StringBuilder sb = new StringBuilder("| " + name + " | " + s.rows() + " | ");
        for (Characteristic c : Characteristic.values()) {
            double[] v = s.perCharacteristic().get(c);
            sb.append(String.format(Locale.ROOT, "%.2f / %.2f / %.2f | ", v[0], v[1], v[2]));
        }
        return sb.append(String.format(Locale.ROOT, "**%.2f** |%n", s.macroF1())).toString();
    }
}
