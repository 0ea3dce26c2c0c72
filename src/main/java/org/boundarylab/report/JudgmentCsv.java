package org.boundarylab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.training.AttemptTotal;
import org.boundarylab.vignette.Characteristic;

/**
 * Raw judgments as CSV (RFC 4180, a header row, one row per judgment; points as
 * {@link PointsFormat} writes them, with the bounds the rule base recorded). Text a trainee wrote that
 * starts like a spreadsheet formula is prefixed with an apostrophe, so opening the file in a
 * spreadsheet cannot run it.
 */
public final class JudgmentCsv {

    public static final List<String> COLUMNS = List.of(
            "trainee",
            "vignette",
            "version",
            "segment",
            "marked",
            "key",
            "outcomes",
            "rationale",
            "evidence",
            "certainty",
            "score",
            "rule_base_version",
            "time",
            "max_score",
            "rule_score",
            "override_comment",
            "min_score",
            "attempt_total",
            "feedback");

    private JudgmentCsv() {}

    /** Judgments whose attempts' totals are their judgments' points alone (a cohort, the headless scorer). */
    public static String write(List<ScoredJudgment> judgments) {
        Map<String, List<ScoredJudgment>> byAttempt =
                judgments.stream().collect(Collectors.groupingBy(ScoredJudgment::attempt));
        Map<String, AttemptTotal> totals = new HashMap<>();
        byAttempt.forEach((attempt, list) -> totals.put(attempt, ReportCalculator.total(list, null)));
        return write(judgments, totals, Map.of());
    }

    /** Judgments with each attempt's total as the trainee's screens show it (knowledge check included). */
    public static String write(
            List<ScoredJudgment> judgments, Map<String, AttemptTotal> totals, Map<Long, List<String>> feedback) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (ScoredJudgment j : judgments) {
                csv.printRecord(
                        text(j.trainee()),
                        j.vignetteId(),
                        j.version(),
                        j.segmentId(),
                        codes(j.marked()),
                        codes(j.key()),
                        j.outcomes().entrySet().stream()
                                .sorted(java.util.Map.Entry.comparingByKey())
                                .map(e -> e.getKey().name() + "=" + e.getValue().name())
                                .collect(Collectors.joining(";")),
                        text(j.rationale()),
                        text(String.join(" | ", j.evidence())),
                        j.confidence() == null ? "" : j.confidence(),
                        PointsFormat.of(j.score()),
                        j.ruleBaseVersion(),
                        j.submittedAt() == null ? "" : j.submittedAt().toString(),
                        PointsFormat.of(j.maxScore()),
                        PointsFormat.of(j.ruleScore()),
                        j.overrideComment() == null ? "" : text(j.overrideComment()),
                        PointsFormat.of(j.minScore()),
                        totals.containsKey(j.attempt())
                                ? PointsFormat.outOf(
                                        totals.get(j.attempt()).score(),
                                        totals.get(j.attempt()).maxScore())
                                : "",
                        text(String.join(" | ", feedback.getOrDefault(j.judgmentId(), List.of()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String codes(java.util.Set<Characteristic> set) {
        return set.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    /** Neutralises formula-like text (OWASP: CSV injection). */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
