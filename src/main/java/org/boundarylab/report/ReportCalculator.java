package org.boundarylab.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.boundarylab.training.AttemptTotal;
import org.boundarylab.vignette.Characteristic;

/**
 * The statistics of the reports, as pure functions of scored judgments: the same code for the
 * app's screens, its PDFs and the headless {@code report} command. Formulas: docs/reports.md.
 */
public final class ReportCalculator {

    private ReportCalculator() {}

    /** An attempt's total: its judgments' points (overrides included) and its knowledge check's, if answered. */
    public static AttemptTotal total(List<ScoredJudgment> attempt, AttemptTotal.Part knowledge) {
        List<AttemptTotal.Part> parts = new ArrayList<>();
        attempt.forEach(j -> parts.add(new AttemptTotal.Part(j.score(), j.maxScore())));
        if (knowledge != null) {
            parts.add(knowledge);
        }
        return AttemptTotal.of(parts);
    }

    public static CohortReport cohort(List<ScoredJudgment> judgments) {
        Map<String, List<ScoredJudgment>> byAttempt = judgments.stream()
                .collect(Collectors.groupingBy(ScoredJudgment::attempt, LinkedHashMap::new, Collectors.toList()));
        return new CohortReport(
                byAttempt.size(),
                judgments.size(),
                items(byAttempt),
                signal(judgments),
                confusion(judgments),
                alpha(byAttempt),
                distribution(byAttempt),
                traineeRows(judgments));
    }

    public static TraineeReport trainee(
            String trainee,
            List<ScoredJudgment> judgments,
            Function<ScoredJudgment, List<String>> feedbackMessages,
            Map<String, Instant[]> attemptTimes) {
        return trainee(trainee, judgments, feedbackMessages, attemptTimes, Map.of());
    }

    /**
     * A trainee's report; {@code knowledge} holds each attempt's knowledge-check points (by attempt),
     * counted in the attempt's total as on the trainee's own screens ({@link AttemptTotal}).
     */
    public static TraineeReport trainee(
            String trainee,
            List<ScoredJudgment> judgments,
            Function<ScoredJudgment, List<String>> feedbackMessages,
            Map<String, Instant[]> attemptTimes,
            Map<String, AttemptTotal.Part> knowledge) {
        Map<String, List<ScoredJudgment>> byAttempt = judgments.stream()
                .collect(Collectors.groupingBy(ScoredJudgment::attempt, LinkedHashMap::new, Collectors.toList()));
        List<TraineeReport.AttemptRow> attempts = new ArrayList<>();
        byAttempt.forEach((attempt, list) -> {
            Instant[] times = attemptTimes.getOrDefault(attempt, new Instant[] {first(list), null});
            AttemptTotal total = total(list, knowledge.get(attempt));
            attempts.add(new TraineeReport.AttemptRow(
                    attempt,
                    list.getFirst().vignetteId(),
                    list.size(),
                    total.score(),
                    total.maxScore(),
                    times[0],
                    times[1],
                    list.getFirst().item().caseTitle()));
        });
        attempts.sort(Comparator.comparing(
                TraineeReport.AttemptRow::started, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<Integer, int[]> calibration = new TreeMap<>();
        for (ScoredJudgment j : judgments) {
            int certainty = j.confidence() == null ? 1 : j.confidence();
            int[] row = calibration.computeIfAbsent(certainty, c -> new int[2]);
            row[0]++;
            row[1] += j.fullyRight() ? 1 : 0;
        }
        List<TraineeReport.CalibrationRow> calibrationRows = new ArrayList<>();
        for (int c = 1; c <= 3; c++) {
            int[] row = calibration.getOrDefault(c, new int[2]);
            calibrationRows.add(new TraineeReport.CalibrationRow(c, row[0], row[1]));
        }
        List<TraineeReport.FeedbackRow> feedback = judgments.stream()
                .sorted(Comparator.comparing(
                        ScoredJudgment::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(j -> new TraineeReport.FeedbackRow(
                        j.vignetteId(),
                        j.segmentId(),
                        j.submittedAt(),
                        j.score(),
                        j.overrideComment(),
                        feedbackMessages.apply(j),
                        j.item(),
                        j))
                .toList();
        Map<Characteristic, SignalCounts> signal = signal(judgments);
        return new TraineeReport(
                trainee,
                attempts,
                signal,
                pooled(signal).kappa(),
                calibrationRows,
                feedback,
                round(attempts.stream()
                        .mapToDouble(TraineeReport.AttemptRow::score)
                        .sum()),
                round(attempts.stream()
                        .mapToDouble(TraineeReport.AttemptRow::maxScore)
                        .sum()));
    }

    static Map<Characteristic, SignalCounts> signal(List<ScoredJudgment> judgments) {
        Map<Characteristic, SignalCounts> counts = new EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            counts.put(c, SignalCounts.NONE);
        }
        for (ScoredJudgment j : judgments) {
            j.outcomes().forEach((c, outcome) -> counts.merge(c, SignalCounts.NONE.plus(outcome), SignalCounts::plus));
        }
        return counts;
    }

    /** All four characteristics' decisions pooled: the basis of a trainee's overall kappa. */
    static SignalCounts pooled(Map<Characteristic, SignalCounts> signal) {
        return signal.values().stream().reduce(SignalCounts.NONE, SignalCounts::plus);
    }

    private static List<ItemStats> items(Map<String, List<ScoredJudgment>> byAttempt) {
        // per item: (item score, rest of that attempt's score) pairs
        Map<String, List<double[]>> pairs = new LinkedHashMap<>();
        Map<String, double[]> facility = new LinkedHashMap<>();
        Map<String, ItemName> names = new HashMap<>();
        for (List<ScoredJudgment> attempt : byAttempt.values()) {
            double total = sum(attempt, ScoredJudgment::score);
            for (ScoredJudgment j : attempt) {
                String item = j.vignetteId() + "\u0000" + j.segmentId();
                names.putIfAbsent(item, j.item());
                pairs.computeIfAbsent(item, k -> new ArrayList<>()).add(new double[] {j.score(), total - j.score()});
                double[] f = facility.computeIfAbsent(item, k -> new double[2]);
                f[0] += j.score();
                f[1] += j.maxScore();
            }
        }
        List<ItemStats> items = new ArrayList<>();
        pairs.forEach((item, list) -> {
            String[] parts = item.split("\u0000");
            double[] f = facility.get(item);
            items.add(new ItemStats(
                    parts[0],
                    parts[1],
                    list.size(),
                    f[1] == 0 ? Double.NaN : f[0] / f[1],
                    correlation(list),
                    names.get(item)));
        });
        items.sort(Comparator.comparing(ItemStats::vignetteId)
                .thenComparing(ItemStats::segmentId, ReportCalculator::naturalOrder));
        return items;
    }

    /** Cronbach's alpha per vignette over the attempts that answered every item of it. */
    private static Map<String, Double> alpha(Map<String, List<ScoredJudgment>> byAttempt) {
        Map<String, List<List<ScoredJudgment>>> byVignette = new TreeMap<>();
        byAttempt.values().forEach(a -> byVignette
                .computeIfAbsent(a.getFirst().vignetteId(), v -> new ArrayList<>())
                .add(a));
        Map<String, Double> alpha = new TreeMap<>();
        byVignette.forEach((vignette, attempts) -> {
            List<String> items = attempts.stream()
                    .flatMap(a -> a.stream().map(ScoredJudgment::segmentId))
                    .distinct()
                    .sorted(ReportCalculator::naturalOrder)
                    .toList();
            int k = items.size();
            List<double[]> complete = new ArrayList<>();
            for (List<ScoredJudgment> a : attempts) {
                Map<String, Double> scores = a.stream()
                        .collect(Collectors.toMap(ScoredJudgment::segmentId, ScoredJudgment::score, (x, y) -> x));
                if (scores.keySet().containsAll(items)) {
                    complete.add(items.stream().mapToDouble(scores::get).toArray());
                }
            }
            if (k < 2 || complete.size() < 2) {
                alpha.put(vignette, Double.NaN);
                return;
            }
            double itemVariances = 0;
            for (int i = 0; i < k; i++) {
                int index = i;
                itemVariances += variance(
                        complete.stream().mapToDouble(row -> row[index]).toArray());
            }
            double totalVariance = variance(complete.stream()
                    .mapToDouble(row -> java.util.Arrays.stream(row).sum())
                    .toArray());
            alpha.put(vignette, totalVariance == 0 ? Double.NaN : k / (k - 1.0) * (1 - itemVariances / totalVariance));
        });
        return alpha;
    }

    /**
     * Rows: what the key held and was missed ("None": nothing missed); columns: what was marked in its
     * place ("None": nothing). A characteristic marked and in the key counts on the diagonal; X is
     * counted as taken for Y only when X was missed and Y falsely marked in the same segment, so a
     * segment keyed with both never counts one as mistaken for the other.
     */
    private static int[][] confusion(List<ScoredJudgment> judgments) {
        int none = Characteristic.values().length;
        int[][] matrix = new int[none + 1][none + 1];
        for (ScoredJudgment j : judgments) {
            List<Integer> missed = j.key().stream()
                    .filter(c -> !j.marked().contains(c))
                    .map(Enum::ordinal)
                    .toList();
            List<Integer> falselyMarked = j.marked().stream()
                    .filter(c -> !j.key().contains(c))
                    .map(Enum::ordinal)
                    .toList();
            j.key().stream().filter(j.marked()::contains).forEach(c -> matrix[c.ordinal()][c.ordinal()]++);
            if (j.key().isEmpty() && j.marked().isEmpty()) {
                matrix[none][none]++;
            }
            for (int row : missed.isEmpty() ? List.of(none) : missed) {
                for (int column : falselyMarked.isEmpty() ? List.of(none) : falselyMarked) {
                    if (row != none || column != none) {
                        matrix[row][column]++;
                    }
                }
            }
        }
        return matrix;
    }

    /** Attempt scores as a fraction of their maximum, in tenths (a negative score counts in the first). */
    private static int[] distribution(Map<String, List<ScoredJudgment>> byAttempt) {
        int[] tenths = new int[10];
        for (List<ScoredJudgment> a : byAttempt.values()) {
            double max = sum(a, ScoredJudgment::maxScore);
            double fraction = max == 0 ? 0 : sum(a, ScoredJudgment::score) / max;
            tenths[Math.max(0, Math.min(9, (int) Math.floor(fraction * 10)))]++;
        }
        return tenths;
    }

    private static List<CohortReport.TraineeRow> traineeRows(List<ScoredJudgment> judgments) {
        Map<String, List<ScoredJudgment>> byTrainee = judgments.stream()
                .collect(Collectors.groupingBy(ScoredJudgment::trainee, TreeMap::new, Collectors.toList()));
        List<CohortReport.TraineeRow> rows = new ArrayList<>();
        byTrainee.forEach((trainee, list) -> rows.add(new CohortReport.TraineeRow(
                trainee,
                (int) list.stream().map(ScoredJudgment::attempt).distinct().count(),
                round(sum(list, ScoredJudgment::score)),
                sum(list, ScoredJudgment::maxScore),
                pooled(signal(list)).kappa(),
                list.getFirst().traineeId())));
        return rows;
    }

    /** Pearson's correlation of the pairs; NaN when either side does not vary. */
    static double correlation(List<double[]> pairs) {
        int n = pairs.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Sample variance (n - 1). */
    static double variance(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        return java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
    }

    private static double sum(List<ScoredJudgment> list, java.util.function.ToDoubleFunction<ScoredJudgment> f) {
        return list.stream().mapToDouble(f).sum();
    }

    private static Instant first(List<ScoredJudgment> list) {
        return list.stream()
                .map(ScoredJudgment::submittedAt)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    /** s2 before s10. */
    static int naturalOrder(String a, String b) {
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        if (!da.isEmpty() && !db.isEmpty() && a.replaceAll("\\d", "").equals(b.replaceAll("\\d", ""))) {
            return Long.compare(
                    Long.parseLong(da.length() > 18 ? da.substring(0, 18) : da),
                    Long.parseLong(db.length() > 18 ? db.substring(0, 18) : db));
        }
        return a.compareTo(b);
    }
}
