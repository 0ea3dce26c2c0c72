package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.EvaluationFile.Row;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.VignetteReader;
import org.junit.jupiter.api.Test;

/**
 * How well the rationale family reads free text: precision, recall and F1 per characteristic, on the
 * tuning files (the lexicon was grown from their errors) and on the blind file, written by someone
 * who saw only the project's four definitions and the case texts, never the lexicon or the reader. The blind
 * file is frozen by its SHA-256 and never used for tuning: only its figures are looked at. Writes
 * target/rationale-evaluation.md.
 */
class RationaleEvaluationTest {

    static final Path FOLDER = Path.of("src/test/resources/rationale");
    /** The tuning files are the reading model's examples, in the rules folder. */
    static final Path EXAMPLES = Path.of("rules/examples");

    static final List<String> TUNING_FILES = List.of(
            "rationales.csv",
            "tune-rationales.csv",
            "tune2-rationales.csv",
            "tune3-rationales.csv",
            "tune4-rationales.csv",
            "tune5-rationales.csv",
            "tune6-rationales.csv",
            "tune7-rationales.csv",
            "tune8-rationales.csv");
    static final String BLIND_FILE = "blind-rationales.csv";
    static final String BLIND_SHA256 = "bfa19f052e8d6dd1b1d5dd350c9a32c8e5978edcdd6591fbb7804242b457211c";

    /**
     * The bars the build holds on the blind file (issue 14): macro F1 and every precision at least
     * 0.90, every recall at least 0.85. They were met once the reading model learnt from the examples
     * (docs/rule-base.md); nothing was tuned on the blind file to meet them.
     */
    static final double BLIND_MACRO_F1_BAR = 0.90;

    static final double BLIND_PRECISION_BAR = 0.90;
    static final double BLIND_RECALL_BAR = 0.85;

    record Scores(Map<Characteristic, double[]> perCharacteristic, double macroF1, int rows, List<String> errors) {}

    @Test
    void the_blind_file_is_the_one_that_was_frozen() throws Exception {
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(BLIND_FILE));
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(sha)
                .as("the blind file must never change: it measures wording nobody tuned to")
                .isEqualTo(BLIND_SHA256);
    }

    @Test
    void the_evaluation_covers_every_case_negations_and_ordinary_talk() throws Exception {
        List<Row> all = new ArrayList<>(rows(BLIND_FILE));
        for (String file : TUNING_FILES) {
            all.addAll(rows(file));
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(600);
        assertThat(rows(BLIND_FILE)).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.stream().filter(r -> r.labels().isEmpty()).count())
                .as("ordinary talk")
                .isGreaterThanOrEqualTo(150);
        assertThat(all.stream().filter(r -> r.labels().size() > 1).count())
                .as("several at once")
                .isGreaterThanOrEqualTo(50);
        try (var seeds = Files.list(Path.of("seeds/vignettes"))) {
            Set<String> cases =
                    new TreeSet<>(seeds.map(p -> p.getFileName().toString().replace(".yaml", ""))
                            .toList());
            assertThat(all.stream().map(Row::caseId).distinct()).containsAll(cases);
        }
    }

    @Test
    void the_rationale_reader_holds_up_on_blind_wording() throws Exception {
        List<Row> tuning = new ArrayList<>();
        for (String file : TUNING_FILES) {
            tuning.addAll(rows(file));
        }
        Scores tune = score(tuning);
        Scores blind = score(rows(BLIND_FILE));
        String report = "| set | rows | " + header() + " macro F1 |\n|---|---|---|---|---|---|---|\n"
                + line("tuning", tune) + line("blind", blind);
        Files.createDirectories(Path.of("target"));
        // the blind file's errors are not written anywhere: reading them would be tuning on it
        Files.writeString(
                Path.of("target/rationale-evaluation.md"),
                report + "\nTuning errors:\n" + String.join("\n", tune.errors()) + "\n");
        System.out.println(report);
        assertThat(blind.macroF1()).as("blind macro F1\n" + report).isGreaterThanOrEqualTo(BLIND_MACRO_F1_BAR);
        for (Characteristic c : Characteristic.values()) {
            assertThat(blind.perCharacteristic().get(c)[0])
                    .as("blind precision of " + c + "\n" + report)
                    .isGreaterThanOrEqualTo(BLIND_PRECISION_BAR);
            assertThat(blind.perCharacteristic().get(c)[1])
                    .as("blind recall of " + c + "\n" + report)
                    .isGreaterThanOrEqualTo(BLIND_RECALL_BAR);
        }
    }

    static Scores score(List<Row> rows) {
        return score(rows, Scenario.CLASSIFIER);
    }

    static Scores score(List<Row> rows, DroolsJudgmentClassifier classifier) {
        Map<Characteristic, int[]> counts = new EnumMap<>(Characteristic.class); // tp, fp, fn
        for (Characteristic c : Characteristic.values()) {
            counts.put(c, new int[3]);
        }
        List<String> errors = new ArrayList<>();
        for (Row row : rows) {
            // read as about its case (its people's names), in a segment with no violation, nothing marked
            Set<Characteristic> found = classifier
                    .classify(
                            Scenario.MARY.segment("s1").orElseThrow(),
                            new Judgment("s1", Set.of(), List.of(), row.text(), null),
                            peopleOf(row.caseId()))
                    .rationaleDescribes();
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
                errors.add("- `" + row.text() + "` (" + row.file() + ") expected " + row.labels() + ", read " + found);
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
        return new Scores(per, sum / Characteristic.values().length, rows.size(), errors);
    }

    private static final Map<String, People> PEOPLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The people of a seed case (none for an unknown id). */
    static People peopleOf(String caseId) {
        return PEOPLE.computeIfAbsent(caseId, id -> {
            Path file = Path.of("seeds/vignettes", id + ".yaml");
            try {
                return Files.exists(file)
                        ? VignetteReader.read(
                                        Files.readString(file),
                                        file.getFileName().toString())
                                .people()
                        : People.NONE;
            } catch (Exception e) {
                throw new IllegalStateException(file + " does not load", e);
            }
        });
    }

    /** A file's rows, {@code case;labels;text}, '#' lines are comments ({@link EvaluationFile}). */
    static List<Row> rows(String file) throws Exception {
        Path path = (file.equals(BLIND_FILE) ? FOLDER : EXAMPLES).resolve(file);
        return Files.exists(path) ? EvaluationFile.read(path) : new ArrayList<>();
    }

    static String header() {
        StringBuilder sb = new StringBuilder();
        for (Characteristic c : Characteristic.values()) {
            sb.append(c.name()).append(" P / R / F1 | ");
        }
        return sb.toString();
    }

    static String line(String name, Scores s) {
        StringBuilder sb = new StringBuilder("| " + name + " | " + s.rows() + " | ");
        for (Characteristic c : Characteristic.values()) {
            double[] v = s.perCharacteristic().get(c);
            sb.append(String.format(Locale.ROOT, "%.2f / %.2f / %.2f | ", v[0], v[1], v[2]));
        }
        return sb.append(String.format(Locale.ROOT, "**%.2f** |%n", s.macroF1()))
                .toString();
    }
}
