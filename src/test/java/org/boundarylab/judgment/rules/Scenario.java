package org.boundarylab.judgment.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteReader;

/**
 * Scenario rows for the rule-family tests, in the spirit of KIE's test scenarios: each row is a
 * judgment of one segment of Mary's case, with what the rule base must conclude. Lists in a cell
 * are separated by '|'; an empty cell is an empty list.
 */
final class Scenario {

    static final DroolsJudgmentClassifier CLASSIFIER;
    static final Vignette MARY;
    /** Every rule that fired in any scenario of any family, for the "every rule fires" test. */
    static final Set<String> FIRED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        try {
            CLASSIFIER = new DroolsJudgmentClassifier(Path.of("rules"));
            MARY = VignetteReader.read(
                    Files.readString(Path.of("seeds/vignettes/mary-after-hours.yaml")), "mary-after-hours.yaml");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Scenario() {}

    static Assessment judge(String segmentId, String marked, String evidence, String rationale, Integer confidence) {
        Segment segment = MARY.segment(segmentId).orElseThrow(() -> new AssertionError("no segment " + segmentId));
        Judgment judgment = new Judgment(
                segmentId, characteristics(marked), list(evidence), rationale == null ? "" : rationale, confidence);
        return CLASSIFIER.classify(segment, judgment, MARY.people(), FIRED);
    }

    static org.boundarylab.judgment.KnowledgeAssessment answer(String expects, String answer) {
        return CLASSIFIER.assessAnswer(
                new org.boundarylab.vignette.KnowledgeCheck(
                        "What are the four characteristics?", characteristics(expects)),
                answer,
                FIRED);
    }

    static Set<Characteristic> characteristics(String cell) {
        Set<Characteristic> set = EnumSet.noneOf(Characteristic.class);
        list(cell).forEach(code -> set.add(Characteristic.valueOf(code)));
        return set;
    }

    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Feedback of the given codes as "CODE:CHARACTERISTIC" (or just "CODE"), sorted. */
    static String feedback(Assessment a, String... codes) {
        Set<String> wanted = Set.of(codes);
        return a.feedback().stream()
                .filter(f -> wanted.contains(f.code()))
                .map(f -> f.code()
                        + (f.characteristic() == null
                                ? ""
                                : ":" + f.characteristic().name()))
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .collect(Collectors.joining("|"));
    }

    static String sorted(String cell) {
        return new TreeSet<>(list(cell)).stream().collect(Collectors.joining("|"));
    }
}
